package org.civicspace.registry.organization.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.platform.messaging.inbox.Inbox;
import org.civicspace.registry.organization.application.AccreditationSummaries;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.annotations.Blocking;

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
     * Several events at a time, on worker threads: applying one waits mostly on the database, and one at a time
     * could not keep up with a committee's decisions in bulk (docs/performance.md, "Event propagation"). The order
     * of events does not matter here: each decision carries its decidedAt, and an older one never overwrites a newer
     * (AccreditationSummaries); the inbox still applies each event once, and offsets are committed only up to the
     * oldest event not yet applied.
     */
    @Incoming("accreditations")
    @Blocking(ordered = false)
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.receive(message, summaries::apply);
    }
}
