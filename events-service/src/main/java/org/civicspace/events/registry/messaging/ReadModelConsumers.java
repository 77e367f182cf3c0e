package org.civicspace.events.registry.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.events.registry.application.ReadModels;
import org.civicspace.platform.messaging.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Feeds other services' events, once each, to the read models. */
@ApplicationScoped
public class ReadModelConsumers {

    private final Inbox inbox;
    private final ReadModels readModels;

    public ReadModelConsumers(Inbox inbox, ReadModels readModels) {
        this.inbox = inbox;
        this.readModels = readModels;
    }

    @Incoming("organizations")
    @Blocking
    public CompletionStage<Void> organizations(Message<String> message) {
        return inbox.receive(message, readModels::applyRegistryEvent);
    }

    @Incoming("representatives")
    @Blocking
    public CompletionStage<Void> representatives(Message<String> message) {
        return inbox.receive(message, readModels::applyRegistryEvent);
    }

    @Incoming("accreditations")
    @Blocking
    public CompletionStage<Void> accreditations(Message<String> message) {
        return inbox.receive(message, readModels::applyAccreditationEvent);
    }

    @Incoming("protection-flags")
    @Blocking
    public CompletionStage<Void> protectionFlags(Message<String> message) {
        return inbox.receive(message, readModels::applyProtectionEvent);
    }
}
