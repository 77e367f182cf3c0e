package org.civicspace.accreditation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.civicspace.accreditation.domain.AccreditationStatus;
import org.civicspace.accreditation.domain.DesignationStatus;
import org.civicspace.accreditation.domain.DutyStation;
import org.civicspace.accreditation.domain.EcosocCategory;
import org.civicspace.accreditation.domain.PassKind;
import org.civicspace.accreditation.domain.Track;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Accreditations, quadrennial reports and grounds pass designations, as the API shows and takes them. */
public final class AccreditationViews {

    private AccreditationViews() {
    }

    @Schema(name = "Accreditation")
    public record AccreditationView(
            UUID id,
            UUID organizationId,
            @Schema(example = "ecosoc") Track track,
            @Schema(description = "ECOSOC category", example = "special") EcosocCategory category,
            @Schema(example = "active") AccreditationStatus status,
            LocalDate grantedOn,
            @Schema(description = "General and special status: when the next quadrennial report is due")
            LocalDate nextReportDue,
            boolean reportOverdue) {
    }

    @Schema(name = "QuadrennialReportSubmission")
    public record ReportSubmission(
            @NotNull @PastOrPresent @Schema(example = "2026-12-31") LocalDate periodEnding,
            @NotBlank @Size(max = 20000)
            @Schema(example = "In 2023-2026 the Society screened 41,000 women for cervical cancer in rural Maharashtra "
                    + "and contributed to the sessions of the Commission on the Status of Women.")
            String summary) {
    }

    @Schema(name = "QuadrennialReport", description = "A quadrennial report as submitted")
    public record QuadrennialReportView(
            UUID id,
            UUID accreditationId,
            @Schema(description = "The last day of the four years it reports on") LocalDate periodEnding,
            @Schema(example = "In 2023-2026 the Society screened 41,000 women for cervical cancer in rural Maharashtra "
                    + "and contributed to the sessions of the Commission on the Status of Women.")
            String summary,
            Instant submittedAt) {
    }

    @Schema(name = "Designation")
    public record DesignationView(
            UUID id,
            UUID organizationId,
            UUID representativeId,
            @Schema(example = "dgc") Track track,
            @Schema(example = "2027") int year,
            @Schema(example = "new-york") DutyStation dutyStation,
            @Schema(example = "youth") PassKind kind,
            @Schema(example = "issued") DesignationStatus status,
            LocalDate validFrom,
            LocalDate validTo,
            Instant issuedAt,
            Instant revokedAt) {
    }

    @Schema(name = "DesignationRequest")
    public record DesignationRequest(
            @NotNull @Schema(example = "dgc") Track track,
            @NotNull UUID representativeId,
            @NotNull @Schema(description = "The calendar year; the pass is valid to 31 December", example = "2027")
            Integer year,
            @Schema(description = "Default new-york", example = "new-york") DutyStation dutyStation,
            @NotNull @Schema(description = "DGC: regular or youth; ECOSOC: head, main-representative or "
                    + "additional-representative", example = "youth") PassKind kind) {
    }
}
