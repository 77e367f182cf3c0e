package org.civicspace.registry.organization.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.platform.messaging.inbox.Inbox;
import org.civicspace.registry.organization.application.AccreditationSummaries;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Feeds the accreditation service's decisions, once each, to the accreditation summaries. */
@ApplicationScoped
public class AccreditationEventsConsumer {

    private final Inbox inbox;
    private final AccreditationSummaries summaries;

    public AccreditationEventsConsumer(Inbox inbox, AccreditationSummaries summaries) {
        this.inbox = inbox;
        this.summaries = summaries;
    }

    /**
     * A poll's events at a time, in one transaction: applying an event waits mostly on round trips and the commit, and
     * a transaction per event could not keep up with a committee's decisions in bulk (docs/performance.md, "Event
     * propagation"); the organisations a batch touches are read in one query, their updates sent in JDBC batches.
     * Several batches may be applied at once, on worker threads, which halved the latency at 1,000 events a second.
     * The order of events does not matter here: each decision carries its decidedAt, and an older one never
     * overwrites a newer (AccreditationSummaries); two batches updating one organisation at once make one of them
     * fail on its version and be applied again event by event. The inbox applies each event once, a bad event is
     * dead-lettered alone, and offsets are committed only up to the oldest event not yet applied.
     */
    @Incoming("accreditations")
    @Blocking(ordered = false)
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveAll(batch, summaries::load, summaries::apply);
    }
}
