package org.civicspace.notifications.notice.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.notifications.notice.application.Announcements;
import org.civicspace.platform.messaging.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Feeds the domain events of the other services, once each (inbox), to the announcements. */
@ApplicationScoped
public class DomainEventConsumers {

    private final Inbox inbox;
    private final Announcements announcements;

    public DomainEventConsumers(Inbox inbox, Announcements announcements) {
        this.inbox = inbox;
        this.announcements = announcements;
    }

    @Incoming("applications")
    @Blocking
    public CompletionStage<Void> applications(Message<String> message) {
        return inbox.receive(message, announcements::onApplicationEvent);
    }

    @Incoming("designations")
    @Blocking
    public CompletionStage<Void> designations(Message<String> message) {
        return inbox.receive(message, announcements::onDesignationEvent);
    }

    @Incoming("registrations")
    @Blocking
    public CompletionStage<Void> registrations(Message<String> message) {
        return inbox.receive(message, announcements::onRegistrationEvent);
    }

    @Incoming("proposals")
    @Blocking
    public CompletionStage<Void> proposals(Message<String> message) {
        return inbox.receive(message, announcements::onProposalEvent);
    }

    @Incoming("cases")
    @Blocking
    public CompletionStage<Void> cases(Message<String> message) {
        return inbox.receive(message, announcements::onCaseEvent);
    }
}
