package org.civicspace.events.meeting.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.events.meeting.domain.MeetingKind;
import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.events.meeting.domain.Speaker;
import org.civicspace.events.meeting.domain.StaffOnlySettings;
import org.civicspace.events.meeting.messaging.MeetingMessages;
import org.civicspace.events.meeting.messaging.MeetingPublisher;
import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.events.meeting.persistence.MeetingSessionEntity;
import org.civicspace.events.registration.application.Seating;
import org.civicspace.events.registration.domain.EventSeats;
import org.civicspace.events.registration.domain.EventSeats.Declined;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.http.EntityTags;
import org.civicspace.platform.web.security.Caller;

/**
 * Changes a meeting's details (staff, or the leading CSO within its share of a draft) and a conference's programme.
 * Moving a published meeting's times tells everyone that it was rescheduled.
 */
@ApplicationScoped
public class ChangingMeetings {

    private final Caller caller;
    private final Organizers organizers;
    private final MeetingPresenter presenter;
    private final MeetingPublisher publisher;

    ChangingMeetings(Caller caller, Organizers organizers, MeetingPresenter presenter, MeetingPublisher publisher) {
        this.caller = caller;
        this.organizers = organizers;
        this.presenter = presenter;
        this.publisher = publisher;
    }

    @Transactional
    public VersionedMeeting change(UUID id, String ifMatch, MeetingDetails details) {
        MeetingEntity event = Meetings.find(id);
        organizers.requireOrganizer(event);
        EntityTags.requireMatch(ifMatch, event.version);
        MeetingStatus status = event.status;
        if (status != MeetingStatus.DRAFT && status != MeetingStatus.PUBLISHED) {
            throw Refused.conflict("A " + status + " event cannot be changed.");
        }
        if (status == MeetingStatus.PUBLISHED && !caller.isStaff()) {
            throw Refused.forbidden("Only staff change a published event.");
        }
        MeetingDetails effective = caller.isStaff() ? details : withinLeadersShare(event, details);
        Instant startsBefore = event.startsAt;
        Instant endsBefore = event.endsAt;
        EventSeats seats = Seating.seatsOf(event);
        Meetings.apply(event, effective);
        if (seats.changeCapacity(event.capacity, event.youthSharePercent) instanceof Declined refused) {
            throw new Refused(refused.refusal());
        }
        boolean moved = !event.startsAt.equals(startsBefore) || !event.endsAt.equals(endsBefore);
        if (status == MeetingStatus.PUBLISHED && moved) {
            publisher.publish(MeetingMessages.RESCHEDULED, event);
        }
        return presenter.flushed(event);
    }

    /**
     * The leading CSO's change of its draft, refused (403, naming the settings) when it would change what only staff
     * decide; the staff-only settings it leaves out stay as they are.
     */
    private static MeetingDetails withinLeadersShare(MeetingEntity event, MeetingDetails details) {
        StaffOnlySettings current = staffOnlySettings(event);
        List<String> changed = current.changedBy(new StaffOnlySettings(details.kind(), details.capacity(),
                details.perOrganizationLimit(), details.youthSharePercent(), details.invitationOnly(),
                details.registrationOpensAt(), details.registrationClosesAt()));
        if (!changed.isEmpty()) {
            throw Refused.forbidden("forbidden", "Forbidden", "Only DGC staff change an event's "
                    + String.join(", ", changed) + "; the leading organisation edits the rest of its draft.",
                    Map.of("fields", changed));
        }
        return new MeetingDetails(current.kind(), details.titles(), details.descriptions(), details.startsAt(),
                details.endsAt(), details.timeZone(), details.venueMode(), details.venue(), details.onlineUrl(),
                details.interpretationLanguages(), details.accessibilityNotes(), current.capacity(),
                current.registrationOpensAt(), current.registrationClosesAt(), current.perOrganizationLimit(),
                current.youthSharePercent(), current.invitationOnly());
    }

    private static StaffOnlySettings staffOnlySettings(MeetingEntity event) {
        return new StaffOnlySettings(event.kind, event.capacity, event.perOrganizationLimit, event.youthSharePercent,
                event.invitationOnly, event.registrationOpensAt, event.registrationClosesAt);
    }

    /** Adds a session to a conference's programme, within the conference's times. */
    @Transactional
    public VersionedMeeting addSession(UUID id, NewSession request) {
        MeetingEntity event = Meetings.find(id);
        organizers.requireOrganizer(event);
        if (event.kind != MeetingKind.CONFERENCE) {
            throw Refused.conflict("Only a conference has a programme of sessions.");
        }
        ZoneId zone = ZoneId.of(event.timeZone);
        MeetingSessionEntity session = new MeetingSessionEntity();
        session.id = UUID.randomUUID();
        session.eventId = id;
        session.title = request.title().strip();
        session.startsAt = request.startsAt().atZone(zone).toInstant();
        session.endsAt = request.endsAt().atZone(zone).toInstant();
        if (!session.endsAt.isAfter(session.startsAt)) {
            throw Refused.invalid("endsAt", "must be after startsAt");
        }
        if (session.startsAt.isBefore(event.startsAt) || session.endsAt.isAfter(event.endsAt)) {
            throw Refused.invalid("startsAt", "the session must fall within the conference");
        }
        session.room = request.room();
        session.speakers = new ArrayList<>(request.speakers().stream()
                .map(s -> new Speaker(s.name().strip(), s.organizationId(), s.registryId())).toList());
        session.persist();
        event.updatedAt = Instant.now();
        return presenter.flushed(event);
    }
}
