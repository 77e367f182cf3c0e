package org.civicspace.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What Prometheus scrapes from the service without a token (deploy/k8s/base/monitoring.yaml) and the alerts in
 * prometheus-rules.yaml read: request latency as a histogram, JVM, Kafka consumer lag and the outbox backlog.
 */
@QuarkusTest
class MetricsTest {

    @Test
    void exportsLatencyHistogramJvmConsumerLagAndOutboxBacklogWithoutAToken() {
        given().get("/api/v1/registry/statistics").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scrape())
                .contains("http_server_requests_seconds_bucket{")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/registry/statistics\"")
                .contains("jvm_memory_used_bytes{")
                .contains("kafka_consumer_fetch_manager_records_lag_max{")
                .contains("civicspace_outbox_unsent_events{application=\"registry-service\"}")
                .contains("civicspace_outbox_oldest_unsent_age_seconds{application=\"registry-service\"}")
                .contains("civicspace_outbox_failing_events{application=\"registry-service\"}")
                .contains("civicspace_outbox_published_events_total{application=\"registry-service\"}"));
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
