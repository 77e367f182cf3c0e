package org.civicspace.accreditation.groundspass.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.groundspass.domain.DesignationStatus;
import org.civicspace.accreditation.groundspass.domain.DutyStation;
import org.civicspace.accreditation.groundspass.domain.PassKind;

/** A grounds pass designation: who, which seat, where, for which year, and whether it still holds. */
public record DesignationDetails(UUID id, UUID organizationId, UUID representativeId, Track track, int year,
        DutyStation dutyStation, PassKind kind, DesignationStatus status, LocalDate validFrom, LocalDate validTo,
        Instant issuedAt, Instant revokedAt) {
}
