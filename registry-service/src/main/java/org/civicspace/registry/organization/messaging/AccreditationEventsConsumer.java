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
     * a transaction per event could not keep up with a committee's decisions in bulk; one statement applies the
     * batch's decisions (AccreditationSummaries). Several batches may be applied at once, on worker threads, so that
     * one batch's round trips and commit do not hold up the next. The order of events
     * does not matter here: each decision carries its decidedAt, and the statement never lets an older one overwrite
     * a newer, comparing them on the row as it is when it updates it, after any other batch's update of that row
     * committed. The inbox applies each event once, a bad event is dead-lettered alone, and offsets are committed
     * only up to the oldest event not yet applied.
     */
    @Incoming("accreditations")
    @Blocking(ordered = false)
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveAll(batch, summaries::applyAll);
    }
}
