package org.civicspace.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.civicspace.testing.KeycloakTestResource;
import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@code GET /api/v1/me} tells a client who its token says it is, so that no client decodes tokens. */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(StandInServicesResource.class)
class CurrentCallerTest {

    @Test
    void tellsARepresentativeTheOrganisationTheyActFor() {
        given().auth().oauth2(Tokens.user("cso-rep")).get("/api/v1/me").then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("RateLimit-Remaining", notNullValue())
                .body("kind", equalTo("person"))
                .body("username", equalTo("cso-rep"))
                .body("roles", hasItem("cso-representative"))
                .body("roles", not(hasItem("offline_access")))
                .body("organizationId", equalTo("7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d"))
                .body("memberState", nullValue());
    }

    @Test
    void tellsACommitteeMemberTheStateTheySitFor() {
        given().auth().oauth2(Tokens.user("committee-member")).get("/api/v1/me").then().statusCode(200)
                .body("roles", hasItem("ngo-committee-member"))
                .body("memberState", equalTo("CU"))
                .body("organizationId", nullValue());
    }

    @Test
    void tellsAPartnerSystemItIsAClientWithItsRoles() {
        given().auth().oauth2(Tokens.service("partner-demo-agency")).get("/api/v1/me").then().statusCode(200)
                .body("kind", equalTo("client"))
                .body("clientId", equalTo("partner-demo-agency"))
                .body("username", nullValue())
                .body("roles", containsInAnyOrder("dashboard-reader", "webhook-subscriber"));
    }

    @Test
    void refusesAnAnonymousCallerAndOtherMethods() {
        given().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://civicspace.org/problems/unauthenticated"));
        given().auth().oauth2(Tokens.user("cso-rep")).post("/api/v1/me").then().statusCode(405)
                .header("Allow", "GET, HEAD")
                .body("type", equalTo("https://civicspace.org/problems/method-not-allowed"));
    }
}
