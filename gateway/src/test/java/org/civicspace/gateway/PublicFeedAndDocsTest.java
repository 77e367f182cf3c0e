package org.civicspace.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboards' event stream (real Kafka), the merged OpenAPI document with Swagger UI, CORS and compression.
 */
@QuarkusTest
class PublicFeedAndDocsTest {

    static final String REGISTERED = "org.civicspace.registry.organization.registered.v1";

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    PublicEventFeed feed;

    static void publish(String topic, String type, String id, String data) {
        try (TopicWriter writer = TopicWriter.asOwnerOf(topic)) {
            writer.sendCloudEvent(topic, UUID.randomUUID().toString(), id, "/civicspace/test", type, data);
        }
    }

    static String organization(String id) {
        return "{\"organizationId\":\"" + UUID.randomUUID() + "\",\"legalName\":\"Feed test " + id
                + "\",\"occurredAt\":\"" + Instant.now() + "\"}";
    }

    @Test
    void streamsPublicEventsAsCloudEventsAndNeverPersonalOrReprisalEvents() throws Exception {
        try (EventStream stream = EventStream.open(port)) {
            String representative = UUID.randomUUID().toString();
            publish("registry.representatives", "org.civicspace.registry.representative.added.v1", representative,
                    "{\"representativeId\":\"" + representative + "\"}");
            String first = UUID.randomUUID().toString();
            publish("registry.organizations", REGISTERED, first, organization(first));

            String id = stream.awaitEventContaining(first, Duration.ofSeconds(30));

            assertThat(id).startsWith("registry.organizations:");
            assertThat(stream.drainData()).noneMatch(data -> data.contains(representative));
        }
        assertThat(feed.isPublic("reprisals.cases", "org.civicspace.reprisals.case.reported.v1")).isFalse();
        assertThat(feed.isPublic("registry.organizations", "org.civicspace.reprisals.case.reported.v1")).isFalse();
        assertThat(feed.isPublic("events.events", "org.civicspace.events.event.published.v1")).isTrue();
    }

    @Test
    void resumesAfterTheLastEventIdWithWhatTheClientMissed() throws Exception {
        String before = UUID.randomUUID().toString();
        String lastSeen;
        try (EventStream stream = EventStream.open(port)) {
            publish("registry.organizations", REGISTERED, before, organization(before));
            lastSeen = stream.awaitEventContaining(before, Duration.ofSeconds(30));
        }
        String missed = UUID.randomUUID().toString();
        publish("registry.organizations", REGISTERED, missed, organization(missed));
        // wait until the gateway has it, then reconnect as a browser would
        await().atMost(Duration.ofSeconds(30))
                .until(() -> feed.missedSince(lastSeen).stream().anyMatch(e -> e.cloudEvent().contains(missed)));

        try (EventStream resumed = EventStream.open(port, "Last-Event-ID", lastSeen)) {
            assertThat(resumed.awaitEventContaining(missed, Duration.ofSeconds(10))).isNotNull();
            assertThat(resumed.drainData()).noneMatch(data -> data.contains(before));
        }
    }

    @Test
    void servesOneMergedOpenApiDocumentAndSwaggerUi() {
        given().get("/api/v1/openapi.json").then().statusCode(200)
                .body("info.title", equalTo("Civic Space API"))
                .body("paths", hasKey("/api/v1/registry/stand-in"))
                .body("components.schemas", hasKey("Thing"))
                .body("x-unavailable-services", hasItem("events"));
        given().get("/docs/").then().statusCode(200).body(containsString("/api/v1/openapi.json"))
                .body(containsString("swagger-ui-bundle.js"));
    }

    @Test
    void letsAPartnerSystemCallWithClientCredentials() {
        given().auth().oauth2(Tokens.service("partner-demo-agency")).get("/api/v1/registry/organizations")
                .then().statusCode(200).body("headers.authorization", startsWith("Bearer "));
        given().auth().oauth2(Tokens.service("partner-demo-agency")).get("/api/v1/reprisals/cases")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void answersDashboardPreflightsAndCompresses() throws IOException {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Authorization,Last-Event-ID")
                .options("/api/v1/registry/organizations").then()
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/registry/organizations").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Accept-Encoding", "gzip").get("/api/v1/openapi.json").then().statusCode(200)
                .header("Content-Encoding", "gzip");
        given().header("Accept-Encoding", "gzip").get("/api/v1/registry/organizations").then().statusCode(200)
                .header("Content-Encoding", "gzip").body("method", equalTo("GET"));
    }
}
