package org.civicspace.platform.messaging.inbox;

/**
 * An event that can never be applied (malformed, unknown version, violates the schema): it goes to the dead-letter
 * topic at once instead of being retried.
 */
public class PoisonEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PoisonEventException(String message) {
        super(message);
    }
}
