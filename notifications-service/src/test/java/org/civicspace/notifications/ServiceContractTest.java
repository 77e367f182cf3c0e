package org.civicspace.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What the local stack, the gateway and API consumers rely on: readiness, and a document of typed operations. */
@QuarkusTest
class ServiceContractTest {

    @Test
    void reportsReadyOnceItsDatabaseAndBrokerAreThere() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void documentsEveryOperationByIdWithTypedAnswersEveryValueByItsWireCodeAndTheListAsAPage() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        JsonNode paths = document.path("paths");

        List<String> operations = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            operations.add(operation.getValue().path("operationId").asText());
            assertThat(operation.getValue().path("tags")).as(path.getKey()).isNotEmpty();
            assertThat(operation.getValue().path("responses").path("403").isMissingNode()).as(path.getKey())
                    .isFalse();
        }));
        assertThat(operations).containsExactlyInAnyOrder("listMyNotifications", "countMyUnreadNotifications",
                "markMyNotificationRead", "subscribeWebhook", "listWebhookSubscriptions", "getWebhookSubscription",
                "changeWebhookSubscription", "deleteWebhookSubscription", "rotateWebhookSecret",
                "listWebhookDeliveries", "getWebhookDelivery", "replayWebhookDelivery",
                "getMyNotificationPreferences", "changeMyNotificationPreferences");
        assertThat(paths.path("/api/v1/notifications/webhooks/{id}/deliveries").path("get").path("responses")
                .path("200").path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/WebhookDeliveryPage");

        JsonNode list = paths.path("/api/v1/me/notifications").path("get");
        assertThat(list.path("responses").path("200").path("content").path("application/json").path("schema")
                .path("$ref").asText()).isEqualTo("#/components/schemas/NotificationPage");
        assertThat(list.path("parameters").findValuesAsText("name")).contains("limit", "cursor", "unread");
        assertThat(paths.path("/api/v1/me/notifications/unread-count").path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/UnreadNotificationCount");
        assertThat(paths.path("/api/v1/me/notifications/{id}/read").path("put").path("responses").has("204"))
                .isTrue();

        JsonNode schemas = document.path("components").path("schemas");
        List<String> enums = new ArrayList<>();
        schemas.fields().forEachRemaining(schema -> schema.getValue().path("enum")
                .forEach(value -> enums.add(schema.getKey() + ": " + value.asText())));
        assertThat(enums).isNotEmpty().allSatisfy(value -> assertThat(value).matches("\\w+: [a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(schemas.path("NoticeKind").path("enum").toString()).contains("application-question-raised",
                "case-first-response-overdue");
        assertThat(schemas.path("Language").path("enum").toString()).isEqualTo(
                "[\"ar\",\"zh\",\"en\",\"fr\",\"ru\",\"es\"]");
        assertThat(paths.path("/api/v1/me/notification-preferences").path("put").path("responses").path("200")
                .path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/NotificationPreferences");
        assertThat(schemas.path("DeliveryStatus").path("enum").toString()).contains("pending", "delivered", "failed");
    }
}
