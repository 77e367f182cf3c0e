package org.civicspace.registry.organization.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.platform.messaging.inbox.Inbox;
import org.civicspace.registry.organization.application.ProtectionFlags;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Feeds the reprisals service's protection flags, once each and in order, to {@link ProtectionFlags}. */
@ApplicationScoped
public class ProtectionEventsConsumer {

    private final Inbox inbox;
    private final ProtectionFlags flags;

    public ProtectionEventsConsumer(Inbox inbox, ProtectionFlags flags) {
        this.inbox = inbox;
        this.flags = flags;
    }

    @Incoming("protection-flags")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.receive(message, flags::apply);
    }
}
