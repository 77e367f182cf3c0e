package org.civicspace.events.registration.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.events.meeting.application.Meetings;
import org.civicspace.events.registration.domain.RegistrationStatus;
import org.civicspace.events.registration.persistence.RegistrationEntity;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.security.Caller;

/** Staff record attendance from the badge's check-in code; the same badge scanned twice is harmless. */
@ApplicationScoped
public class CheckingIn {

    private final Caller caller;
    private final RegistrationTransitions transitions;

    CheckingIn(Caller caller, RegistrationTransitions transitions) {
        this.caller = caller;
        this.transitions = transitions;
    }

    @Transactional
    public Registration checkIn(UUID eventId, String code) {
        if (!caller.isStaff()) {
            throw Refused.forbidden("Only DGC staff record attendance.");
        }
        RegistrationEntity registration = RegistrationEntity.<RegistrationEntity>find("eventId = ?1 and "
                + "checkInCode = ?2", eventId, code.strip().toUpperCase()).firstResult();
        if (registration == null) {
            throw Refused.notFound("registration with check-in code", code);
        }
        Meetings.locked(eventId);
        RegistrationStatus status = registration.status;
        if (status == RegistrationStatus.ATTENDED) {
            return Registration.of(registration, true, null);
        }
        if (status != RegistrationStatus.CONFIRMED) {
            throw Refused.conflict("This registration is " + status.code() + ", not confirmed.");
        }
        transitions.attend(registration);
        return Registration.of(registration, true, null);
    }
}
