package org.civicspace.events.registration.messaging;

import java.time.Instant;
import java.util.UUID;

import org.civicspace.events.registration.domain.RegistrationStatus;
import org.civicspace.platform.messaging.EventType;

/**
 * The CloudEvents this service publishes about registrations and attendance, with their wire format; each type has a
 * JSON Schema under {@code events/}. They name people by registry id only: never a name or an e-mail address.
 */
public final class RegistrationMessages {

    /** Registrations and attendance; key = the meeting's id, so that one meeting's seats change in order. */
    public static final String TOPIC = "events.registrations";

    public static final EventType CONFIRMED = new EventType("org.civicspace.events.registration.confirmed.v1", TOPIC);
    public static final EventType WAITLISTED =
            new EventType("org.civicspace.events.registration.waitlisted.v1", TOPIC);
    public static final EventType PROMOTED = new EventType("org.civicspace.events.registration.promoted.v1", TOPIC);
    public static final EventType CANCELLED = new EventType("org.civicspace.events.registration.cancelled.v1", TOPIC);
    public static final EventType ATTENDANCE_RECORDED =
            new EventType("org.civicspace.events.registration.attendance-recorded.v1", TOPIC);

    private RegistrationMessages() {
    }

    /** Data of the registration types. {@code reason} says why a registration was cancelled. */
    public record RegistrationChange(UUID registrationId, UUID eventId, UUID organizationId, UUID representativeId,
            RegistrationStatus status, String reason, Instant occurredAt) {
    }
}
