package org.civicspace.accreditation.accreditations.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A quadrennial report as submitted. */
public record QuadrennialReport(UUID id, UUID accreditationId, LocalDate periodEnding, String summary,
        Instant submittedAt) {
}
