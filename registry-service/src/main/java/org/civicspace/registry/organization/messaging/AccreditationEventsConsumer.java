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
     * One poll's events at a time, in one transaction: applying an event waits mostly on the database's commit, and a
     * commit per event could not keep up with a committee's decisions in bulk (docs/performance.md, "Event
     * propagation"); the organisations a batch touches are read in one query, and their updates sent in JDBC batches.
     * The inbox still applies each event once, and a batch that fails is applied event by event, so a
     * bad event is dead-lettered alone. Within a batch events apply in partition order; across organisations order
     * does not matter, and for one organisation an older decision never overwrites a newer (AccreditationSummaries).
     */
    @Incoming("accreditations")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveAll(batch, summaries::load, summaries::apply);
    }
}
