package org.civicspace.platform.messaging.inbox;

import java.util.List;

/**
 * Runs before a batch's events are applied, in the same transaction, with the events applied for the first time:
 * typically loads every row they touch in one query instead of one query per event.
 */
@FunctionalInterface
public interface BatchPreparation {

    void prepare(List<ReceivedEvent> events) throws Exception;
}
