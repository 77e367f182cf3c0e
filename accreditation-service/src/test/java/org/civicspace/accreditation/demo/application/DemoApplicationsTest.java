package org.civicspace.accreditation.demo.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.inject.Inject;

import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The local stack's demo applications: loaded once, in several states, two of them granted. */
@QuarkusTest
class DemoApplicationsTest {

    @Inject
    DemoApplications demo;

    @Test
    void loadsApplicationsInSeveralStatesOnce() {
        demo.load();

        assertThat(demo.load()).isZero();
        given().auth().oauth2(Tokens.user("cso-rep")).queryParam("limit", 100)
                .get("/api/v1/accreditation/applications")
                .then().statusCode(200).body("items.state", hasItem("questions-raised"));
        given().auth().oauth2(Tokens.user("dgc-officer")).queryParam("limit", 100)
                .get("/api/v1/accreditation/applications")
                .then().body("items.state", hasItem("deferred")).body("items.state", hasItem("screening"))
                .body("items.state", hasItem("draft"));
        UUID associated = UUID.nameUUIDFromBytes("28.Jun".getBytes(StandardCharsets.UTF_8));
        given().queryParam("organization", associated.toString()).get("/api/v1/accreditation/accreditations")
                .then().body("items.status", hasItem("active"));
    }
}
