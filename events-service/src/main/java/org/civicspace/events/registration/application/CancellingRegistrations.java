package org.civicspace.events.registration.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.events.meeting.application.Meetings;
import org.civicspace.events.registration.domain.EventSeats;
import org.civicspace.events.registration.domain.EventSeats.Declined;
import org.civicspace.events.registration.domain.EventSeats.Release;
import org.civicspace.events.registration.domain.EventSeats.Released;
import org.civicspace.events.registration.domain.RegistrationStatus;
import org.civicspace.events.registration.persistence.RegistrationEntity;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.security.Caller;

/**
 * Cancels registrations, an organisation's own or, when its DGC association is withdrawn, all it holds for meetings
 * to come; the seats they free go to the waiting list as {@link EventSeats} decides, with the meeting's row locked.
 */
@ApplicationScoped
public class CancellingRegistrations {

    private final Caller caller;
    private final RegistrationTransitions transitions;

    CancellingRegistrations(Caller caller, RegistrationTransitions transitions) {
        this.caller = caller;
        this.transitions = transitions;
    }

    @Transactional
    public Registration cancel(UUID eventId, UUID registrationId, String reason) {
        RegistrationEntity registration = RegistrationEntity.findById(registrationId);
        if (registration == null || !registration.eventId.equals(eventId)
                || !caller.mayActFor(registration.organizationId)) {
            throw Refused.notFound("registration", registrationId);
        }
        Release release = Seating.seatsOf(Meetings.locked(eventId)).cancel(Seating.claim(registration));
        if (release instanceof Declined refused) {
            throw new Refused(refused.refusal());
        }
        transitions.cancel(registration, reason);
        transitions.promote(((Released) release).promoted());
        return Registration.of(registration, true, null);
    }

    /**
     * Cancels an organisation's registrations for meetings that have not started, in the caller's transaction (its
     * accreditation was withdrawn), and promotes from each meeting's waiting list.
     */
    public void cancelFutureRegistrationsOf(UUID organizationId, String reason) {
        List<UUID> events = RegistrationEntity.getEntityManager().createQuery("""
                select distinct r.eventId from RegistrationEntity r, MeetingEntity e
                 where e.id = r.eventId and r.organizationId = :organization and r.status in :active
                   and e.startsAt > :now
                """, UUID.class).setParameter("organization", organizationId)
                .setParameter("active", RegistrationStatus.ACTIVE).setParameter("now", Instant.now())
                .getResultList();
        for (UUID eventId : events.stream().sorted().toList()) {
            EventSeats seats = Seating.seatsOf(Meetings.locked(eventId));
            List<RegistrationEntity> active = RegistrationEntity.<RegistrationEntity>find(
                    "eventId = ?1 and organizationId = ?2 and status in ?3", eventId, organizationId,
                    RegistrationStatus.ACTIVE).list();
            Released released = (Released) seats.cancel(active.stream().map(Seating::claim).toList());
            active.forEach(r -> transitions.cancel(r, reason));
            transitions.promote(released.promoted());
        }
    }
}
