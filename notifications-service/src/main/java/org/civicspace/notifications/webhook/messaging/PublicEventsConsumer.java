package org.civicspace.notifications.webhook.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.notifications.webhook.application.Fanout;
import org.civicspace.platform.messaging.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** The public topics, each event once through the inbox, queued for the webhook subscriptions to its type. */
@ApplicationScoped
public class PublicEventsConsumer {

    private final Inbox inbox;
    private final Fanout fanout;

    public PublicEventsConsumer(Inbox inbox, Fanout fanout) {
        this.inbox = inbox;
        this.fanout = fanout;
    }

    @Incoming("public-organizations")
    @Blocking
    public CompletionStage<Void> organizations(Message<String> message) {
        return inbox.receive(message, fanout::deliver);
    }

    @Incoming("public-accreditations")
    @Blocking
    public CompletionStage<Void> accreditations(Message<String> message) {
        return inbox.receive(message, fanout::deliver);
    }

    @Incoming("public-meetings")
    @Blocking
    public CompletionStage<Void> meetings(Message<String> message) {
        return inbox.receive(message, fanout::deliver);
    }
}
