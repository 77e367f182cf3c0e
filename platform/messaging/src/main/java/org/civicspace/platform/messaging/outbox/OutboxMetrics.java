package org.civicspace.platform.messaging.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.platform.messaging.metrics.DatabaseGauges;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * The outbox on {@code /q/metrics}, for the backlog alerts: what waits in the table (read on each scrape, the same
 * for every replica, since the table is shared) and what this replica's relay has published.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    static final String UNSENT = "civicspace.outbox.unsent.events";
    static final String OLDEST_UNSENT_AGE = "civicspace.outbox.oldest.unsent.age";
    static final String FAILING = "civicspace.outbox.failing.events";
    static final String PUBLISHED = "civicspace.outbox.published.events";

    public OutboxMetrics(DatabaseGauges gauges, MeterRegistry registry, OutboxRelay relay) {
        // all three read the unsent rows only, through the partial index the relay uses
        gauges.register(UNSENT, "Outbox events not yet published to Kafka", null,
                "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
        gauges.register(OLDEST_UNSENT_AGE, "Age of the oldest outbox event not yet published (0 when none)",
                "seconds",
                "SELECT EXTRACT(EPOCH FROM now() - min(created_at)) FROM outbox_event WHERE sent_at IS NULL");
        gauges.register(FAILING, "Unsent outbox events whose publication has failed at least once", null,
                "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND attempts > 0");
        FunctionCounter.builder(PUBLISHED, relay, OutboxRelay::publishedCount)
                .description("Outbox events this replica's relay published and Kafka acknowledged")
                .tag(DatabaseGauges.APPLICATION_TAG, gauges.application())
                .register(registry);
    }
}
