package org.civicspace.events.registration.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.events.meeting.application.Meetings;
import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.events.registration.domain.EventSeats;
import org.civicspace.events.registration.domain.EventSeats.Admission;
import org.civicspace.events.registration.domain.EventSeats.Admitted;
import org.civicspace.events.registration.domain.EventSeats.Applicant;
import org.civicspace.events.registration.domain.EventSeats.Declined;
import org.civicspace.events.registration.domain.RegistrationStatus;
import org.civicspace.events.registration.messaging.RegistrationMessages;
import org.civicspace.events.registration.messaging.RegistrationPublisher;
import org.civicspace.events.registration.persistence.InvitationEntity;
import org.civicspace.events.registration.persistence.RegistrationEntity;
import org.civicspace.events.registry.persistence.RepresentativeRecord;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.security.Caller;

/**
 * An organisation registers one of its representatives for a meeting: {@link EventSeats} decides, with the meeting's
 * row locked, between a seat, the waiting list and a refusal; a meeting by invitation also wants the invitation sent
 * to the registrant's address, used once.
 */
@ApplicationScoped
public class Registering {

    private final Caller caller;
    private final RegistrationPublisher publisher;

    Registering(Caller caller, RegistrationPublisher publisher) {
        this.caller = caller;
        this.publisher = publisher;
    }

    @Transactional
    public Registration register(UUID eventId, NewRegistration request) {
        RepresentativeRecord person = RepresentativeRecord.findById(request.representativeId());
        if (person == null) {
            throw Refused.invalid("representativeId", "not a representative known to the registry");
        }
        caller.requireActingFor(person.organizationId);
        MeetingEntity event = Meetings.locked(eventId);
        Instant now = Instant.now();
        boolean alreadyRegistered = RegistrationEntity.count("eventId = ?1 and representativeId = ?2 and status in ?3",
                eventId, person.id, RegistrationStatus.LIVE) > 0;
        long fromOrganization = RegistrationEntity.count("eventId = ?1 and organizationId = ?2 and status in ?3",
                eventId, person.organizationId, RegistrationStatus.LIVE);
        UUID id = UUID.randomUUID();
        Admission admission = Seating.seatsOf(event).register(id, new Applicant(person.dateOfBirth, person.endDate,
                alreadyRegistered, fromOrganization), now, LocalDate.now());
        if (admission instanceof Declined refused) {
            throw new Refused(refused.refusal());
        }
        InvitationEntity invitation = event.invitationOnly ? invitation(eventId, request) : null;
        Admitted admitted = (Admitted) admission;
        RegistrationEntity registration = new RegistrationEntity();
        registration.id = id;
        registration.eventId = eventId;
        registration.organizationId = person.organizationId;
        registration.representativeId = person.id;
        registration.fullName = request.fullName().strip();
        registration.email = request.email().strip();
        registration.youth = admitted.youth();
        registration.status = admitted.status();
        registration.queuedAt = now;
        registration.checkInCode = CheckInCodes.next();
        registration.registeredBy = caller.subject();
        registration.statusChangedAt = now;
        registration.persist();
        if (invitation != null) {
            invitation.usedBy = registration.id;
        }
        RegistrationEntity.getEntityManager().flush();
        publisher.publish(registration.status == RegistrationStatus.CONFIRMED ? RegistrationMessages.CONFIRMED
                : RegistrationMessages.WAITLISTED, registration, null);
        return Registration.of(registration, true, position(registration));
    }

    /** The unused invitation sent to the registrant's address: 403 without one, 409 when it was used. */
    private static InvitationEntity invitation(UUID eventId, NewRegistration request) {
        InvitationEntity invitation = InvitationEntity.<InvitationEntity>find("eventId = ?1 and code = ?2", eventId,
                request.invitationCode() == null ? "" : request.invitationCode()).firstResult();
        if (invitation == null || !invitation.email.equalsIgnoreCase(request.email())) {
            throw Refused.forbidden("invitation-required", "Invitation required",
                    "This event is by invitation; the invitation code must be the one sent to this e-mail address.");
        }
        if (invitation.usedBy != null) {
            throw Refused.conflict("This invitation was already used.");
        }
        return invitation;
    }

    /** The place on the waiting list, 1 first; null unless waitlisted. */
    private static Integer position(RegistrationEntity registration) {
        if (registration.status != RegistrationStatus.WAITLISTED) {
            return null;
        }
        return (int) RegistrationEntity.count("eventId = ?1 and status = ?2 and sequence <= ?3",
                registration.eventId, RegistrationStatus.WAITLISTED, registration.sequence);
    }
}
