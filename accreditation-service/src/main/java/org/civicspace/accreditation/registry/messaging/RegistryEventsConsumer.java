package org.civicspace.accreditation.registry.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.accreditation.registry.application.RegistryReadModel;
import org.civicspace.platform.messaging.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Feeds the registry's organisation and representative events, once each, to the read model. */
@ApplicationScoped
public class RegistryEventsConsumer {

    private final Inbox inbox;
    private final RegistryReadModel readModel;

    public RegistryEventsConsumer(Inbox inbox, RegistryReadModel readModel) {
        this.inbox = inbox;
        this.readModel = readModel;
    }

    @Incoming("organizations")
    @Blocking
    public CompletionStage<Void> organizations(Message<String> message) {
        return inbox.receive(message, readModel::applyOrganizationEvent);
    }

    @Incoming("representatives")
    @Blocking
    public CompletionStage<Void> representatives(Message<String> message) {
        return inbox.receive(message, readModel::applyRepresentativeEvent);
    }
}
