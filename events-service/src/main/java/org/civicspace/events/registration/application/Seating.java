package org.civicspace.events.registration.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.events.registration.domain.EventSeats;
import org.civicspace.events.registration.domain.EventSeats.Claim;
import org.civicspace.events.registration.domain.RegistrationStatus;
import org.civicspace.events.registration.domain.SeatPolicy.Seats;
import org.civicspace.events.registration.domain.SeatPolicy.Waiting;
import org.civicspace.events.registration.persistence.RegistrationEntity;

/** Loads a meeting's seats as they are taken: counted for showing, or as {@link EventSeats} for a decision. */
public final class Seating {

    private Seating() {
    }

    /** The meeting's seats, as they are taken now, with its waiting list, for a decision on them. */
    public static EventSeats seatsOf(MeetingEntity meeting) {
        Seats taken = taken(meeting);
        List<Waiting<UUID>> waiting = RegistrationEntity.getEntityManager().createQuery("""
                select r.id, r.youth from RegistrationEntity r
                 where r.eventId = :event and r.status = :waitlisted order by r.sequence
                """, Object[].class).setParameter("event", meeting.id)
                .setParameter("waitlisted", RegistrationStatus.WAITLISTED).getResultStream()
                .map(row -> new Waiting<>((UUID) row[0], (Boolean) row[1])).toList();
        return new EventSeats(new EventSeats.Settings(meeting.status, meeting.registrationOpensAt,
                meeting.registrationClosesAt, LocalDate.ofInstant(meeting.startsAt, ZoneId.of(meeting.timeZone)),
                meeting.capacity, meeting.youthSharePercent, meeting.perOrganizationLimit), taken.confirmed(),
                taken.confirmedNonYouth(), waiting);
    }

    /** The meeting's seats as they are taken now. */
    public static Seats taken(MeetingEntity meeting) {
        Object[] counts = (Object[]) RegistrationEntity.getEntityManager().createQuery("""
                select count(r), coalesce(sum(case when r.youth then 0 else 1 end), 0) from RegistrationEntity r
                 where r.eventId = :event and r.status in :seated
                """).setParameter("event", meeting.id).setParameter("seated", RegistrationStatus.SEATED)
                .getSingleResult();
        return new Seats(meeting.capacity, meeting.youthSharePercent, ((Number) counts[0]).intValue(),
                ((Number) counts[1]).intValue());
    }

    /** How many wait for a seat of the meeting. */
    public static long waitlisted(UUID meetingId) {
        return RegistrationEntity.count("eventId = ?1 and status = ?2", meetingId, RegistrationStatus.WAITLISTED);
    }

    /** The registration as {@link EventSeats} sees it. */
    static Claim claim(RegistrationEntity registration) {
        return new Claim(registration.id, registration.status, registration.youth);
    }
}
