package org.civicspace.events.meeting.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.events.meeting.messaging.MeetingMessages;
import org.civicspace.events.meeting.messaging.MeetingPublisher;
import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.events.registration.application.ClosingRegistrations;
import org.civicspace.platform.domain.Refused;

/**
 * Staff move a meeting through its life ({@link MeetingStatus}): publish it, cancel it (every registration is
 * cancelled, and each registrant told), or complete it once it has started (who never checked in is a no-show).
 */
@ApplicationScoped
public class MeetingLifecycle {

    private final Organizers organizers;
    private final MeetingPresenter presenter;
    private final MeetingPublisher publisher;
    private final ClosingRegistrations registrations;

    MeetingLifecycle(Organizers organizers, MeetingPresenter presenter, MeetingPublisher publisher,
            ClosingRegistrations registrations) {
        this.organizers = organizers;
        this.presenter = presenter;
        this.publisher = publisher;
        this.registrations = registrations;
    }

    @Transactional
    public VersionedMeeting publish(UUID id) {
        organizers.requireStaff();
        MeetingEntity event = Meetings.find(id);
        Meetings.move(event, MeetingStatus.PUBLISHED);
        publisher.publish(MeetingMessages.PUBLISHED, event);
        return presenter.flushed(event);
    }

    @Transactional
    public VersionedMeeting cancel(UUID id, String reason) {
        organizers.requireStaff();
        MeetingEntity event = Meetings.locked(id);
        Meetings.move(event, MeetingStatus.CANCELLED);
        event.cancellationReason = reason;
        registrations.meetingCancelled(event, "event cancelled: " + reason);
        publisher.publish(MeetingMessages.CANCELLED, event);
        return presenter.flushed(event);
    }

    @Transactional
    public VersionedMeeting complete(UUID id) {
        organizers.requireStaff();
        MeetingEntity event = Meetings.locked(id);
        MeetingStatus current = event.status;
        if (current.mayMoveTo(MeetingStatus.COMPLETED) && Instant.now().isBefore(event.startsAt)) {
            throw Refused.conflict("The event has not started yet (" + event.startsAt + ").");
        }
        Meetings.move(event, MeetingStatus.COMPLETED);
        registrations.meetingCompleted(event);
        return presenter.flushed(event);
    }
}
