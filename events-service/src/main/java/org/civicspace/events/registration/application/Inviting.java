package org.civicspace.events.registration.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.events.meeting.application.Meetings;
import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.events.registration.persistence.InvitationEntity;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.security.Caller;

/** Staff invite one e-mail address to a meeting by invitation; the code travels to that address. */
@ApplicationScoped
public class Inviting {

    private final Caller caller;

    Inviting(Caller caller) {
        this.caller = caller;
    }

    @Transactional
    public Invitation invite(UUID eventId, String email) {
        if (!caller.isStaff()) {
            throw Refused.forbidden("Only DGC staff record attendance.");
        }
        MeetingEntity event = Meetings.find(eventId);
        if (!event.invitationOnly) {
            throw Refused.conflict("This event is open to registration; it takes no invitations.");
        }
        if (InvitationEntity.count("eventId = ?1 and lower(email) = ?2", eventId, email.strip().toLowerCase()) > 0) {
            throw Refused.conflict("This address is already invited.");
        }
        InvitationEntity invitation = new InvitationEntity();
        invitation.id = UUID.randomUUID();
        invitation.eventId = eventId;
        invitation.email = email.strip();
        invitation.code = CheckInCodes.next() + CheckInCodes.next();
        invitation.createdAt = Instant.now();
        invitation.persist();
        return new Invitation(invitation.id, invitation.email, invitation.code);
    }
}
