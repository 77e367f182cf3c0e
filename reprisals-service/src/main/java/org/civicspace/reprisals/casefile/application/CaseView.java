package org.civicspace.reprisals.casefile.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;
import org.civicspace.reprisals.casefile.domain.ActType;
import org.civicspace.reprisals.casefile.domain.AnnualReportInclusion;
import org.civicspace.reprisals.casefile.domain.CaseStatus;
import org.civicspace.reprisals.casefile.domain.FollowUpKind;
import org.civicspace.reprisals.casefile.domain.IntakeChannel;
import org.civicspace.reprisals.casefile.domain.MeasureStatus;
import org.civicspace.reprisals.casefile.domain.MeasureType;
import org.civicspace.reprisals.casefile.domain.NoteSource;
import org.civicspace.reprisals.casefile.domain.PerpetratorCategory;
import org.civicspace.reprisals.casefile.domain.RiskLevel;
import org.civicspace.reprisals.casefile.domain.UnMechanism;
import org.civicspace.reprisals.casefile.domain.VictimKind;
import org.civicspace.reprisals.commons.domain.Purpose;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case as an assigned officer or a supervisor sees it. Identifying fields are present only when a purpose was
 * stated ({@code identifyingData = shown}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Case")
public record CaseView(
        UUID id,
        @Schema(example = "RC-7K3QD-9XW2M") String reference,
        @Schema(description = "The case's version, as in its ETag", example = "7") long version,
        CaseStatus status,
        @Schema(example = "ZZ") String country,
        UnMechanism unMechanism,
        RiskLevel riskLevel,
        IntakeChannel intakeChannel,
        Instant reportedAt,
        Instant firstResponseDueAt,
        Instant firstResponseAt,
        Instant closedAt,
        @Schema(description = "Set once the case is included in the Secretary-General's annual report")
        AnnualReportInclusion annualReport,
        @Schema(example = "[\"case-officer-a\"]") List<String> assignedOfficers,
        List<ActView> acts,
        List<VictimView> victims,
        List<MeasureView> measures,
        List<FollowUpActionView> followUpActions,
        @Schema(description = "shown with a stated purpose, withheld without one, erased after retention or "
                + "withdrawal")
        IdentifyingData identifyingData,
        @Schema(description = "The purpose stated for this read") Purpose purpose,
        Dossier dossier,
        List<NoteView> notes) {

    /** Whether this view carries identifying data. */
    public enum IdentifyingData {
        SHOWN,
        WITHHELD,
        ERASED;

        /** {@code shown}, {@code withheld}, {@code erased} */
        @JsonValue
        public String code() {
            return WireCodes.of(this);
        }

        public static IdentifyingData fromCode(String code) {
            return WireCodes.parse(IdentifyingData.class, code);
        }
    }

    @Schema(name = "ActView")
    public record ActView(ActType type, LocalDate occurredOn, @Schema(example = "ZZ") String country,
            PerpetratorCategory perpetrator) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "VictimView")
    public record VictimView(UUID id, VictimKind kind, boolean erased,
            @Schema(description = "Only with a stated purpose", example = "Person A") String name,
            @Schema(description = "Only with a stated purpose", example = "contact-a@example.invalid") String contact,
            @Schema(description = "Only with a stated purpose", example = "Example town") String exactLocation,
            UUID registryId) {
    }

    @Schema(name = "Measure")
    public record MeasureView(UUID id, MeasureType type, MeasureStatus status, Instant createdAt, Instant updatedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FollowUpAction")
    public record FollowUpActionView(UUID id, FollowUpKind kind, LocalDate dueOn, Instant completedAt) {
    }

    @Schema(name = "CaseNote")
    public record NoteView(UUID id,
            @Schema(description = "case-officer, or secure-follow-up when the reporter added it") NoteSource source,
            Instant addedAt,
            @Schema(example = "Called back; situation unchanged.") String text) {
    }
}
