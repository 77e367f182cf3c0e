package org.civicspace.events.registration.application;

import java.time.Instant;
import java.util.UUID;

import org.civicspace.events.registration.domain.RegistrationStatus;

/**
 * A registration as the caller may see it: {@code fullName} null when the caller is not told the name,
 * {@code waitlistPosition} only while waitlisted, {@code checkInCode} only for the registrant's organisation and staff.
 */
public record Registration(UUID id, UUID eventId, UUID organizationId, UUID representativeId, String fullName,
        RegistrationStatus status, boolean youth, Integer waitlistPosition, String checkInCode,
        Instant statusChangedAt) {
}
