package org.civicspace.reprisals.casefile.application;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.civicspace.reprisals.casefile.domain.ActType;
import org.civicspace.reprisals.casefile.domain.CaseStatus;
import org.civicspace.reprisals.casefile.domain.RiskLevel;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The non-identifying facts of a case, as lists show them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CaseSummary")
public record CaseSummary(UUID id, @Schema(example = "RC-7K3QD-9XW2M") String reference,
        @Schema(description = "The case's version, as in its ETag", example = "7") long version,
        CaseStatus status, @Schema(example = "ZZ") String country, ActType primaryActType, RiskLevel riskLevel,
        Instant reportedAt, Instant firstResponseDueAt, Instant firstResponseAt) {

    public static CaseSummary of(CaseEntity c) {
        return new CaseSummary(c.id, c.reference, c.version, c.status, c.country, c.primaryActType, c.riskLevel,
                c.reportedAt, c.firstResponseDueAt, c.firstResponseAt);
    }
}
