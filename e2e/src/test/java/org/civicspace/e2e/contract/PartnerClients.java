package org.civicspace.e2e.contract;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.civicspace.client.ApiClient;
import org.civicspace.client.ApiException;
import org.civicspace.client.model.Problem;
import org.civicspace.launcher.LocalStack;

import io.restassured.http.ContentType;

/**
 * Clients of the generated API as a partner builds them (docs/partners.md): the gateway's address, and a bearer
 * token from Keycloak set on every request by the client's request interceptor (the native library's one hook for
 * it; it has no bearer support of its own). The token request is the only raw HTTP.
 */
final class PartnerClients {

    private final LocalStack stack;

    PartnerClients(LocalStack stack) {
        this.stack = stack;
    }

    /** No token: what anyone on the Internet may call. */
    ApiClient anonymous() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(stack.url("gateway"));
        return client;
    }

    /** A person signed in as the demo user {@code user} (its password is its name). */
    ApiClient user(String user) {
        return withToken(given().baseUri(stack.keycloakRealmUrl()).contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "civicspace-cli")
                .formParam("username", user).formParam("password", user)
                .post("/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token"));
    }

    /** A partner system with its own client credentials. */
    ApiClient partner(String clientId, String secret) {
        return withToken(given().baseUri(stack.keycloakRealmUrl()).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token"));
    }

    private ApiClient withToken(String token) {
        ApiClient client = anonymous();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** The RFC 9457 problem of a refusal, read with the generated model as a partner reads it. */
    static Problem problem(ApiClient client, ApiException refusal) {
        try {
            return client.getObjectMapper().readValue(refusal.getResponseBody(), Problem.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a problem: " + refusal.getResponseBody(), e);
        }
    }
}
