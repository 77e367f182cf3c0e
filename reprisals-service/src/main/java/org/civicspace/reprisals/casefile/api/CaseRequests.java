package org.civicspace.reprisals.casefile.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicspace.reprisals.casefile.domain.CaseStatus;
import org.civicspace.reprisals.casefile.domain.FollowUpKind;
import org.civicspace.reprisals.casefile.domain.MeasureStatus;
import org.civicspace.reprisals.casefile.domain.MeasureType;
import org.civicspace.reprisals.casefile.domain.RiskFactor;
import org.civicspace.reprisals.casefile.domain.RiskLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response bodies of the case API, besides the case report itself. */
public final class CaseRequests {

    private CaseRequests() {
    }

    @Schema(name = "CaseCreated")
    public record CaseCreated(UUID id, @Schema(example = "RC-7K3QD-9XW2M") String reference,
            @Schema(description = "Another case you may see shares an exact name or contact with this one")
            boolean possibleDuplicate) {
    }

    @Schema(name = "CaseStatusChange")
    public record StatusChange(@NotNull CaseStatus status) {
    }

    @Schema(name = "CaseAssignment")
    public record Assignment(@Schema(example = "case-officer-a") @NotBlank @Size(max = 200) String officer) {
    }

    @Schema(name = "RiskAssessmentRequest")
    public record RiskAssessmentRequest(@NotNull RiskLevel level, @NotNull Set<@NotNull RiskFactor> factors) {
    }

    @Schema(name = "MeasureRequest")
    public record MeasureRequest(@NotNull MeasureType type) {
    }

    @Schema(name = "MeasureStatusChange")
    public record MeasureStatusChange(@NotNull MeasureStatus status) {
    }

    @Schema(name = "FollowUpActionRequest")
    public record FollowUpActionRequest(@NotNull FollowUpKind kind, @NotNull LocalDate dueOn) {
    }

    @Schema(name = "CaseNoteRequest")
    public record NoteRequest(@Schema(example = "Called back; situation unchanged.") @NotBlank @Size(max = 20000)
    String text) {
    }

    @Schema(name = "CaseNoteAdded")
    public record NoteAdded(UUID id) {
    }

    @Schema(name = "AnnualReportRequest")
    public record AnnualReportRequest(@Schema(description = "true to name the person concerned") boolean named) {
    }

    @Schema(name = "ProtectionFlagPublished")
    public record ProtectionFlagPublished(UUID registryId) {
    }

    @Schema(name = "PossibleDuplicate", description = "A case you may see that shares an exact name or contact with "
            + "the case asked about")
    public record PossibleDuplicate(UUID caseId) {
    }
}
