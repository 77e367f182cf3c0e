package org.civicspace.accreditation.accreditations.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.civicspace.accreditation.accreditations.application.AccreditationDetails;
import org.civicspace.accreditation.accreditations.application.QuadrennialReport;
import org.civicspace.accreditation.accreditations.application.SubmitReport;
import org.civicspace.accreditation.accreditations.domain.AccreditationStatus;
import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Accreditations and quadrennial reports, as the API shows and takes them. */
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

        public static AccreditationView of(AccreditationDetails a) {
            return new AccreditationView(a.id(), a.organizationId(), a.track(), a.category(), a.status(),
                    a.grantedOn(), a.nextReportDue(), a.reportOverdue());
        }
    }

    @Schema(name = "QuadrennialReportSubmission")
    public record ReportSubmission(
            @NotNull @PastOrPresent @Schema(example = "2026-12-31") LocalDate periodEnding,
            @NotBlank @Size(max = 20000)
            @Schema(example = "In 2023-2026 the Society screened 41,000 women for cervical cancer in rural Maharashtra "
                    + "and contributed to the sessions of the Commission on the Status of Women.")
            String summary) {

        public SubmitReport toCommand() {
            return new SubmitReport(periodEnding, summary);
        }
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

        public static QuadrennialReportView of(QuadrennialReport r) {
            return new QuadrennialReportView(r.id(), r.accreditationId(), r.periodEnding(), r.summary(),
                    r.submittedAt());
        }
    }
}
