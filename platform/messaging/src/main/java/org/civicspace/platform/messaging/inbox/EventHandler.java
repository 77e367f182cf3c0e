package org.civicspace.platform.messaging.inbox;

/** Applies one event; runs inside the transaction that also records the event as processed. */
@FunctionalInterface
public interface EventHandler {

    void handle(ReceivedEvent event) throws Exception;
}
