package org.civicspace.platform.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.civicspace.platform.messaging.metrics.DatabaseGauges;
import org.civicspace.platform.messaging.outbox.OutboxRelay;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** The outbox backlog as Prometheus reads it, against the real PostgreSQL and Kafka. */
@QuarkusTest
class OutboxMetricsTest {

    @Inject
    OutboxRelay relay;
    @Inject
    DataSource dataSource;
    @Inject
    MeterRegistry registry;
    @Inject
    DatabaseGauges gauges;

    @Test
    void reportsTheBacklogWhileTheRelayIsStoppedAndThePublishedEventsOnceItRuns() throws SQLException {
        relay.stop();
        double publishedBefore;
        double unsentBefore;
        try {
            unsentBefore = gauge("civicspace.outbox.unsent.events");
            double failingBefore = gauge("civicspace.outbox.failing.events");
            publishedBefore = registry.get("civicspace.outbox.published.events").functionCounter().count();

            insertUnsent(Duration.ofMinutes(10), 0);
            insertUnsent(Duration.ofMinutes(1), 0);
            insertUnsent(Duration.ZERO, 3);

            assertThat(gauge("civicspace.outbox.unsent.events")).isEqualTo(unsentBefore + 3);
            assertThat(gauge("civicspace.outbox.failing.events")).isEqualTo(failingBefore + 1);
            assertThat(gauge("civicspace.outbox.oldest.unsent.age")).isBetween(600.0, 3600.0);
        } finally {
            relay.start();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(gauge("civicspace.outbox.unsent.events")).isZero();
            assertThat(gauge("civicspace.outbox.oldest.unsent.age")).isZero();
        });
        assertThat(registry.get("civicspace.outbox.published.events").functionCounter().count())
                .isGreaterThanOrEqualTo(publishedBefore + unsentBefore + 3);
    }

    @Test
    void exportsTheOutboxMetricsOnTheScrapeEndpointTaggedWithTheService() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("civicspace_outbox_unsent_events{application=\"platform-messaging\"}"))
                .body(containsString("civicspace_outbox_oldest_unsent_age_seconds{application=\"platform-messaging\"}"))
                .body(containsString("civicspace_outbox_failing_events{application=\"platform-messaging\"}"))
                .body(containsString("civicspace_outbox_published_events_total{application=\"platform-messaging\"}"));
    }

    @Test
    void aGaugeThatCannotBeReadReportsNaNAndTheScrapeStillSucceeds() {
        // as when the database is unreachable: the query fails, and neither the gauge nor the scrape throws
        gauges.register("civicspace.test.unreadable", "A gauge whose query always fails", null,
                "SELECT count(*) FROM no_such_table");

        assertThat(gauge("civicspace.test.unreadable")).isNaN();
        given().get("/q/metrics").then().statusCode(200)
                .body(matchesPattern("(?s).*civicspace_test_unreadable\\{[^}]*} NaN.*"))
                .body(containsString("civicspace_outbox_unsent_events{"));
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    /** An event committed {@code age} ago, as a service would have written it, after {@code attempts} failures. */
    private void insertUnsent(Duration age, int attempts) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO outbox_event (event_id, topic, event_type, source, aggregate_id, occurred_at,
                                                  payload, created_at, attempts)
                        VALUES (?, ?, ?, ?, ?, now(), CAST(? AS json), now() - make_interval(secs => ?), ?)""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, WidgetCreated.TYPE.topic());
            insert.setString(3, WidgetCreated.TYPE.name());
            insert.setString(4, "/civicspace/platform-test");
            insert.setString(5, id.toString());
            insert.setString(6, "{\"widgetId\":\"" + id + "\",\"name\":\"backlog\"}");
            insert.setLong(7, age.toSeconds());
            insert.setInt(8, attempts);
            insert.executeUpdate();
        }
    }
}
