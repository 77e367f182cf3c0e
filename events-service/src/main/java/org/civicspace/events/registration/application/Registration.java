package org.civicspace.events.registration.application;

import java.time.Instant;
import java.util.UUID;

import org.civicspace.events.registration.domain.RegistrationStatus;
import org.civicspace.events.registration.persistence.RegistrationEntity;

/**
 * A registration as the caller may see it: {@code fullName} null when the caller is not told the name,
 * {@code waitlistPosition} only while waitlisted, {@code checkInCode} only for the registrant's organisation and staff.
 */
public record Registration(UUID id, UUID eventId, UUID organizationId, UUID representativeId, String fullName,
        RegistrationStatus status, boolean youth, Integer waitlistPosition, String checkInCode,
        Instant statusChangedAt) {

    /** The registration as the organisation that made it (or staff) sees it: the name as entered. */
    static Registration of(RegistrationEntity r, boolean withCode, Integer position) {
        return of(r, withCode, position, r.fullName);
    }

    static Registration of(RegistrationEntity r, boolean withCode, Integer position, String name) {
        return new Registration(r.id, r.eventId, r.organizationId, r.representativeId, name, r.status, r.youth,
                position, withCode ? r.checkInCode : null, r.statusChangedAt);
    }
}
