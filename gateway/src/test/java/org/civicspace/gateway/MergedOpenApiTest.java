package org.civicspace.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class MergedOpenApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode document(String path, String problemField) throws Exception {
        return JSON.readTree("""
                {"openapi": "3.1.0", "tags": [{"name": "Things"}],
                 "paths": {"%s": {"get": {"responses": {"400": {"content": {"application/problem+json":
                     {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}},
                 "components": {"schemas": {"Problem": {"type": "object", "properties": {"%s": {"type": "string"}}},
                                            "UUID": {"type": "string", "format": "uuid"}},
                                "securitySchemes": {"keycloak": {"type": "http", "scheme": "bearer"}}}}
                """.formatted(path, problemField));
    }

    @Test
    void mergesPathsAndKeepsSchemasOfTheSameNameApartWhenTheyDiffer() throws Exception {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("registry", document("/api/v1/registry/things", "detail"));
        documents.put("events", document("/api/v1/events/things", "title"));
        documents.put("accreditation", document("/api/v1/accreditation/things", "detail"));

        ObjectNode merged = MergedOpenApi.merge(JSON, documents, List.of("reprisals"));

        assertThat(merged.path("paths").size()).isEqualTo(3);
        JsonNode schemas = merged.path("components").path("schemas");
        assertThat(schemas.has("Problem")).isTrue();
        assertThat(schemas.path("EventsProblem").path("properties").has("title")).isTrue();
        assertThat(schemas.has("AccreditationProblem")).isFalse();
        assertThat(schemas.has("EventsUUID")).isFalse();
        assertThat(merged.path("paths").path("/api/v1/events/things").toString())
                .contains("#/components/schemas/EventsProblem");
        assertThat(merged.path("paths").path("/api/v1/registry/things").toString())
                .contains("#/components/schemas/Problem\"");
        assertThat(merged.path("tags").size()).isEqualTo(1);
        assertThat(merged.path("components").path("securitySchemes").has("keycloak")).isTrue();
        assertThat(merged.path("x-unavailable-services").get(0).asText()).isEqualTo("reprisals");
    }

    @Test
    void declaresWhatTheGatewayAddsToEveryOperationAndItsOwnOperations() throws Exception {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("gateway", MergedOpenApi.gatewayOperations(JSON));
        documents.put("registry", JSON.readTree("""
                {"paths": {"/api/v1/registry/things": {"post": {"operationId": "createThing",
                    "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                    "responses": {"201": {"description": "Created"}}}}}}
                """));

        ObjectNode merged = MergedOpenApi.merge(JSON, documents, List.of());

        JsonNode create = merged.path("paths").path("/api/v1/registry/things").path("post");
        assertThat(create.path("responses").path("201").path("headers").has("RateLimit-Remaining")).isTrue();
        assertThat(create.path("responses").path("429").path("$ref").asText())
                .isEqualTo("#/components/responses/TooManyRequests");
        assertThat(create.path("responses").path("413").path("$ref").asText())
                .isEqualTo("#/components/responses/PayloadTooLarge");
        assertThat(create.path("responses").has("503")).isTrue();
        assertThat(create.path("responses").has("504")).isTrue();
        JsonNode me = merged.path("paths").path("/api/v1/me").path("get");
        assertThat(me.path("operationId").asText()).isEqualTo("getCurrentCaller");
        // answered by the gateway itself: rate limited, but no service behind it to be down or slow
        assertThat(me.path("responses").has("429")).isTrue();
        assertThat(me.path("responses").has("503")).isFalse();
        assertThat(me.path("responses").has("504")).isFalse();
        assertThat(merged.path("paths").path("/api/v1/feeds/events").path("get").path("responses").path("200")
                .path("content").has("text/event-stream")).isTrue();
        JsonNode components = merged.path("components");
        assertThat(components.path("schemas").has("CurrentCaller")).isTrue();
        assertThat(components.path("headers").has("Retry-After")).isTrue();
        assertThat(components.path("responses").path("TooManyRequests").path("headers").has("Retry-After")).isTrue();
    }
}
