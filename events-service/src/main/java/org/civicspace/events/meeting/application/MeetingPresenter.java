package org.civicspace.events.meeting.application;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.events.meeting.domain.Speaker;
import org.civicspace.events.meeting.domain.UnLanguage;
import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.events.meeting.persistence.MeetingSessionEntity;
import org.civicspace.events.registration.application.Seating;
import org.civicspace.events.registration.domain.SeatPolicy.Seats;
import org.civicspace.events.registry.domain.PublicNaming;
import org.civicspace.events.registry.domain.PublicNaming.Audience;
import org.civicspace.events.registry.persistence.ProtectionFlag;
import org.civicspace.events.registry.persistence.RepresentativeRecord;
import org.civicspace.platform.web.http.EntityTags;
import org.civicspace.platform.web.security.Caller;

/**
 * A stored meeting as the caller may see it: its seats as they are taken, its lead organisation only to those who
 * organise it, and of its programme's speakers only the names the caller may be told.
 */
@ApplicationScoped
class MeetingPresenter {

    private final Caller caller;
    private final Organizers organizers;

    MeetingPresenter(Caller caller, Organizers organizers) {
        this.caller = caller;
        this.organizers = organizers;
    }

    /** The meeting after the changes of this transaction are written, with the version they make. */
    VersionedMeeting flushed(MeetingEntity meeting) {
        MeetingEntity.getEntityManager().flush();
        return versioned(meeting);
    }

    VersionedMeeting versioned(MeetingEntity meeting) {
        return new VersionedMeeting(present(meeting), EntityTags.of(meeting.version));
    }

    Meeting present(MeetingEntity e) {
        ZoneId zone = ZoneId.of(e.timeZone);
        Seats seats = Seating.taken(e);
        List<Meeting.Session> sessions = MeetingSessionEntity.<MeetingSessionEntity>find(
                "eventId = ?1 order by startsAt, id", e.id).stream()
                .map(s -> new Meeting.Session(s.id, s.title, LocalDateTime.ofInstant(s.startsAt, zone),
                        LocalDateTime.ofInstant(s.endsAt, zone), s.room,
                        s.speakers.stream().filter(this::named).map(Speaker::name).toList()))
                .toList();
        return new Meeting(e.id, e.kind, e.titles, e.descriptions, LocalDateTime.ofInstant(e.startsAt, zone),
                LocalDateTime.ofInstant(e.endsAt, zone), e.timeZone, e.startsAt, e.endsAt, e.venueMode, e.venue,
                e.onlineUrl, e.interpretationLanguages.stream().map(UnLanguage::fromCode).toList(),
                e.accessibilityNotes, e.status, List.copyOf(e.status.allowedNext()), e.capacity,
                seats.reservedForYouth(), seats.confirmed(), (int) Seating.waitlisted(e.id), e.registrationOpensAt,
                e.registrationClosesAt, e.perOrganizationLimit, e.youthSharePercent, e.invitationOnly,
                organizers.mayOrganize(e) ? e.leadOrganizationId : null, e.cancellationReason, sessions);
    }

    /**
     * Whether the caller is told a speaker's name. Staff see the programme as they entered it. Everyone else sees a
     * speaker without a registry id as entered (no flag can name them), and a registry representative only as
     * {@link PublicNaming} allows: by the person's own choice in the registry, never by whoever added the speaker.
     */
    private boolean named(Speaker speaker) {
        if (caller.isStaff() || speaker.registryId() == null) {
            return true;
        }
        RepresentativeRecord person = RepresentativeRecord.findById(speaker.registryId());
        return person != null && PublicNaming.mayName(Audience.OTHERS, person.publiclyNamed,
                ProtectionFlag.anyFlagged(person.id, person.organizationId));
    }
}
