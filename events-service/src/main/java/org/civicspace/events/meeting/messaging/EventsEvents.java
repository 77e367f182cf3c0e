package org.civicspace.events.meeting.messaging;

import java.time.Instant;
import java.util.UUID;

import org.civicspace.events.meeting.domain.EventKind;
import org.civicspace.events.meeting.domain.EventStatus;
import org.civicspace.events.registration.domain.RegistrationStatus;
import org.civicspace.platform.messaging.EventType;

/**
 * The events this service publishes, by topic, with their wire formats; each type has a JSON Schema under
 * {@code events/}. Registrations name people by registry id only: never a name or an e-mail address.
 */
public final class EventsEvents {

    /** The life of events; key = event id. */
    public static final String EVENTS = "events.events";
    /** Registrations and attendance; key = event id, so that one event's seats change in order. */
    public static final String REGISTRATIONS = "events.registrations";
    /** Briefing proposals; key = proposal id. */
    public static final String PROPOSALS = "events.proposals";

    public static final EventType EVENT_PUBLISHED = new EventType("org.civicspace.events.event.published.v1", EVENTS);
    public static final EventType EVENT_RESCHEDULED =
            new EventType("org.civicspace.events.event.rescheduled.v1", EVENTS);
    public static final EventType EVENT_CANCELLED = new EventType("org.civicspace.events.event.cancelled.v1", EVENTS);

    public static final EventType REGISTRATION_CONFIRMED =
            new EventType("org.civicspace.events.registration.confirmed.v1", REGISTRATIONS);
    public static final EventType REGISTRATION_WAITLISTED =
            new EventType("org.civicspace.events.registration.waitlisted.v1", REGISTRATIONS);
    public static final EventType REGISTRATION_PROMOTED =
            new EventType("org.civicspace.events.registration.promoted.v1", REGISTRATIONS);
    public static final EventType REGISTRATION_CANCELLED =
            new EventType("org.civicspace.events.registration.cancelled.v1", REGISTRATIONS);
    public static final EventType ATTENDANCE_RECORDED =
            new EventType("org.civicspace.events.registration.attendance-recorded.v1", REGISTRATIONS);

    public static final EventType PROPOSAL_ACCEPTED =
            new EventType("org.civicspace.events.proposal.accepted.v1", PROPOSALS);

    private EventsEvents() {
    }

    /**
     * Data of the event types: public facts only, the kind and status by their wire codes. {@code leadOrganizationId}
     * stays in v1 for its readers but is always null: which organisation leads an event is not public (ADR 0017).
     */
    public record EventChange(UUID eventId, EventKind kind, String title, Instant startsAt, Instant endsAt,
            String timeZone, EventStatus status, UUID leadOrganizationId, Instant occurredAt) {
    }

    /** Data of the registration types. {@code reason} says why a registration was cancelled. */
    public record RegistrationChange(UUID registrationId, UUID eventId, UUID organizationId, UUID representativeId,
            RegistrationStatus status, String reason, Instant occurredAt) {
    }

    public record ProposalAccepted(UUID proposalId, UUID organizationId, UUID eventId, Instant occurredAt) {
    }
}
