package org.civicspace.events.registration.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.events.registration.messaging.RegistrationMessages.RegistrationChange;
import org.civicspace.events.registration.persistence.RegistrationEntity;
import org.civicspace.platform.messaging.EventType;
import org.civicspace.platform.messaging.outbox.Outbox;

/**
 * Writes a registration's change to the outbox, in the caller's transaction, keyed by its meeting's id; the person by
 * registry id only, never their name or address.
 */
@ApplicationScoped
public class RegistrationPublisher {

    private final Outbox outbox;

    RegistrationPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code reason}: why it was cancelled, or null. */
    public void publish(EventType type, RegistrationEntity r, String reason) {
        outbox.append(type, r.eventId, new RegistrationChange(r.id, r.eventId, r.organizationId, r.representativeId,
                r.status, reason, r.statusChangedAt));
    }
}
