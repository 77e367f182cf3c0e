package org.civicspace.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.civicspace.testing.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Behind a proxy the gateway trusts (an ingress), the client is the right-most hop of its X-Forwarded-For that is not
 * itself trusted, and the scheme and host are the ones the proxy says the client called; a malformed hop means the
 * proxy's account cannot be read, and the gateway falls back to its own peer.
 */
@QuarkusTest
@TestProfile(TrustedProxyTest.BehindAnIngress.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(StandInServicesResource.class)
class TrustedProxyTest {

    static final String REGISTRY = "/api/v1/registry/organizations";

    /** The test client plays the ingress on 127.0.0.1. */
    public static class BehindAnIngress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("civicspace.gateway.trusted-proxies", "127.0.0.1,10.0.0.0/8");
        }
    }

    @Test
    void takesTheRightMostHopThatIsNotATrustedProxy() {
        given().header("X-Forwarded-For", "203.0.113.9, 198.51.100.1").get(REGISTRY)
                .then().statusCode(200).body("headers.x-forwarded-for", equalTo("198.51.100.1"));
        given().header("X-Forwarded-For", "203.0.113.9, 10.1.2.3").get(REGISTRY)
                .then().statusCode(200).body("headers.x-forwarded-for", equalTo("203.0.113.9"));
    }

    @Test
    void fallsBackToItsPeerWhenTheChainCannotBeRead() {
        for (String chain : new String[] { "203.0.113.9, not-an-ip", "10.1.2.3", "" }) {
            given().header("X-Forwarded-For", chain).get(REGISTRY)
                    .then().statusCode(200).body("headers.x-forwarded-for", equalTo("127.0.0.1"));
        }
    }

    @Test
    void passesOnTheSchemeAndHostTheIngressSaysTheClientCalled() {
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "civicspace.example.org")
                .get(REGISTRY).then().statusCode(200)
                .body("headers.x-forwarded-proto", equalTo("https"))
                .body("headers.x-forwarded-host", equalTo("civicspace.example.org"))
                .body("headers.x-forwarded-port", equalTo("443"));
        given().header("X-Forwarded-Proto", "gopher").header("X-Forwarded-Host", "a b/c")
                .get(REGISTRY).then().statusCode(200)
                .body("headers.x-forwarded-proto", equalTo("http"));
    }
}
