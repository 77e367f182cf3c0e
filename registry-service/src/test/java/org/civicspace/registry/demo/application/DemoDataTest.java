package org.civicspace.registry.demo.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The local stack's demo registry: the 14 organisations of the 2019 DGC press release, loaded once. */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Test
    void loadsTheFourteenOrganizationsOnceWithTheirCountries() {
        demoData.load();

        assertThat(demoData.load()).isZero();
        given().queryParam("q", "Asociacion de Primeras Damas de Colombia").get("/api/v1/registry/organizations")
                .then().statusCode(200)
                .body("items[0].legalName", equalTo("Asociación de Primeras Damas de Colombia"))
                .body("items[0].headquartersCountry", equalTo("CO"))
                .body("items[0].status", equalTo("active"));
        given().queryParam("q", "28.Jun").get("/api/v1/registry/organizations")
                .then().body("items[0].headquartersCountry", equalTo("CA"));
        // the organisation the demo user cso-rep represents (other tests may rename it)
        given().get("/api/v1/registry/organizations/" + DemoData.CSO_REP_ORGANIZATION).then().statusCode(200);
        given().queryParam("country", "MX").queryParam("q", "Nuestros Pequenos Hermanos")
                .get("/api/v1/registry/organizations").then().body("items", hasSize(1));
    }
}
