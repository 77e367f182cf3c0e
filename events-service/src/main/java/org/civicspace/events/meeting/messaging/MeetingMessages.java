package org.civicspace.events.meeting.messaging;

import java.time.Instant;
import java.util.UUID;

import org.civicspace.events.meeting.domain.MeetingKind;
import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.platform.messaging.EventType;

/**
 * The CloudEvents this service publishes about the life of a meeting, with their wire format; each type has a JSON
 * Schema under {@code events/}. The types keep the wire's word, "event", for the meeting.
 */
public final class MeetingMessages {

    /** The life of meetings; key = the meeting's id. */
    public static final String TOPIC = "events.events";

    public static final EventType PUBLISHED = new EventType("org.civicspace.events.event.published.v1", TOPIC);
    public static final EventType RESCHEDULED = new EventType("org.civicspace.events.event.rescheduled.v1", TOPIC);
    public static final EventType CANCELLED = new EventType("org.civicspace.events.event.cancelled.v1", TOPIC);

    private MeetingMessages() {
    }

    /**
     * Data of the meeting types: public facts only, the kind and status by their wire codes. {@code leadOrganizationId}
     * stays in v1 for its readers but is always null: which organisation leads a meeting is not public (ADR 0017).
     */
    public record MeetingChange(UUID eventId, MeetingKind kind, String title, Instant startsAt, Instant endsAt,
            String timeZone, MeetingStatus status, UUID leadOrganizationId, Instant occurredAt) {
    }
}
