package org.civicspace.reprisals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    @Test
    void documentsEveryValueByItsWireCodeAndEveryListAsAPage() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        JsonNode schemas = document.path("components").path("schemas");

        List<String> enums = new ArrayList<>();
        schemas.fields().forEachRemaining(schema -> schema.getValue().path("enum")
                .forEach(value -> enums.add(schema.getKey() + ": " + value.asText())));
        assertThat(enums).isNotEmpty().allSatisfy(value -> assertThat(value).matches("\\w+: [a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(schemas.path("MeasureType").path("enum").toString()).contains("raise-with-state");
        assertThat(schemas.path("ReferralDecision").path("enum").toString()).isEqualTo("[\"linked\",\"dismissed\"]");

        JsonNode paths = document.path("paths");
        for (String list : List.of("/api/v1/reprisals/cases/{caseId}/consents",
                "/api/v1/reprisals/cases/{id}/risk-assessments", "/api/v1/reprisals/cases/{id}/possible-duplicates",
                "/api/v1/reprisals/first-responses/overdue")) {
            JsonNode get = paths.path(list).path("get");
            assertThat(get.path("responses").path("200").path("content").path("application/json").path("schema")
                    .path("$ref").asText()).as(list).endsWith("Page");
            assertThat(get.path("parameters").findValuesAsText("name")).as(list).contains("limit", "cursor");
        }
        JsonNode measureStatus = paths.path("/api/v1/reprisals/cases/{id}/measures/{measureId}/status").path("post")
                .path("responses").path("200");
        assertThat(measureStatus.path("headers").has("ETag")).isTrue();
        assertThat(measureStatus.path("content").path("application/json").path("schema").path("$ref").asText())
                .endsWith("/Measure");
    }
}
