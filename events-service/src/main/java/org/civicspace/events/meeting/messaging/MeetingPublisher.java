package org.civicspace.events.meeting.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.events.meeting.messaging.MeetingMessages.MeetingChange;
import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.platform.messaging.EventType;
import org.civicspace.platform.messaging.outbox.Outbox;

/** Writes a meeting's change to the outbox, in the caller's transaction, keyed by the meeting's id. */
@ApplicationScoped
public class MeetingPublisher {

    private final Outbox outbox;

    MeetingPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Public facts only: the gateway relays {@code events.events} to everyone, so the leading organisation, which is
     * not named publicly (ADR 0017), travels as null.
     */
    public void publish(EventType type, MeetingEntity meeting) {
        outbox.append(type, meeting.id, new MeetingChange(meeting.id, meeting.kind, meeting.title(),
                meeting.startsAt, meeting.endsAt, meeting.timeZone, meeting.status, null, meeting.updatedAt));
    }
}
