package org.civicspace.accreditation.accreditations.application;

import java.time.LocalDate;
import java.util.UUID;

import org.civicspace.accreditation.accreditations.domain.AccreditationStatus;
import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;

/** An accreditation as anyone may read it, with when its next quadrennial report is due and whether it is late. */
public record AccreditationDetails(UUID id, UUID organizationId, Track track, EcosocCategory category,
        AccreditationStatus status, LocalDate grantedOn, LocalDate nextReportDue, boolean reportOverdue) {
}
