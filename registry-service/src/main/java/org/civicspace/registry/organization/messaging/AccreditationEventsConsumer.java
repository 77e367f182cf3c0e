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

    @Incoming("accreditations")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.receive(message, summaries::apply);
    }
}
