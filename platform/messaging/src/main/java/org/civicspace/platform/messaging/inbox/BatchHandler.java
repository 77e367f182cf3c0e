package org.civicspace.platform.messaging.inbox;

import java.util.List;

/**
 * Applies several events at once, in the inbox's transaction, for a consumer that can do in a few statements what
 * would take a few statements per event: for instance one {@code UPDATE ... FROM unnest(...)} for a whole batch.
 */
@FunctionalInterface
public interface BatchHandler {

    /**
     * Applies {@code events}, each received for the first time, in the order they were polled. An exception rolls
     * back the whole batch; the inbox then applies its events one at a time, each as a list of one, so that a
     * {@link PoisonEventException} dead-letters only the event that caused it.
     */
    void handleAll(List<ReceivedEvent> events) throws Exception;
}
