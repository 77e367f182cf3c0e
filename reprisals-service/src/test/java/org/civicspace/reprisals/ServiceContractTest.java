package org.civicspace.reprisals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What the local stack and API consumers rely on: readiness, and an OpenAPI document with harmless examples. */
@QuarkusTest
class ServiceContractTest {

    @Test
    void reportsReadyOnceItsDatabaseAndKeysAreThere() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void documentsTheApiWithExamplesThatHoldNoRealLookingPersonalData() {
        String openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();

        assertThat(openApi).contains("/api/v1/reprisals/intake", "/api/v1/reprisals/cases/{id}",
                "/api/v1/reprisals/audit/verification", "Person A", "example.invalid");
        assertThat(openApi.replaceAll("[a-z0-9.-]+@example\\.invalid", ""))
                .doesNotContainPattern("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}")
                .doesNotContainPattern("\\+[1-9][0-9 ]{7,}");
    }
}
