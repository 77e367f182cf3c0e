package org.civicspace.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * What Prometheus scrapes from a service without a token (deploy/k8s/base/monitoring.yaml), and what the alerts in
 * prometheus-rules.yaml read from every service.
 */
public final class ServiceMetrics {

    /** Kafka's consumer lag, which a service that consumes events exports once its consumer has polled. */
    public static final String CONSUMER_LAG = "kafka_consumer_fetch_manager_records_lag_max{";

    private ServiceMetrics() {
    }

    /** {@code /q/metrics}, asked without a token. */
    public static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /**
     * Waits (meters of the Kafka clients appear after their first poll) until the scrape holds the request latency
     * histogram with a count for {@code path}, JVM memory, the outbox backlog of {@code application}, and every
     * text of {@code more}.
     */
    public static void assertExported(String application, String path, String... more) {
        String tag = "{application=\"" + application + "\"}";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scrape())
                .contains("http_server_requests_seconds_bucket{")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"" + Pattern.quote(path) + "\"")
                .contains("jvm_memory_used_bytes{")
                .contains("civicspace_outbox_unsent_events" + tag)
                .contains("civicspace_outbox_oldest_unsent_age_seconds" + tag)
                .contains("civicspace_outbox_failing_events" + tag)
                .contains("civicspace_outbox_published_events_total" + tag)
                .contains(more));
    }
}
