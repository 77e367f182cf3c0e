package org.civicspace.accreditation.applications.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.applications.application.ChangeDraft;
import org.civicspace.accreditation.applications.application.Decide;
import org.civicspace.accreditation.applications.application.RaiseQuestion;
import org.civicspace.accreditation.applications.application.Recommend;
import org.civicspace.accreditation.applications.application.RequestClarification;
import org.civicspace.accreditation.applications.application.StartApplication;
import org.civicspace.accreditation.applications.domain.DecisionOutcome;
import org.civicspace.accreditation.applications.domain.Declarations;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the application workflow. */
public final class ApplicationRequests {

    private ApplicationRequests() {
    }

    @Schema(name = "NewApplication")
    public record NewApplication(
            @NotNull UUID organizationId,
            @NotNull @Schema(example = "dgc") Track track,
            @Schema(description = "Required for ECOSOC, absent for DGC", example = "special")
            EcosocCategory requestedCategory,
            @NotNull @Valid DeclarationsInput declarations) {

        public StartApplication toCommand() {
            return new StartApplication(organizationId, track, requestedCategory, declarations.toDomain());
        }
    }

    @Schema(name = "ApplicationDraft")
    public record DraftChange(
            @Schema(description = "Required for ECOSOC, absent for DGC", example = "special")
            EcosocCategory requestedCategory,
            @NotNull @Valid DeclarationsInput declarations) {

        public ChangeDraft toCommand() {
            return new ChangeDraft(requestedCategory, declarations.toDomain());
        }
    }

    @Schema(name = "ApplicationDeclarationsInput")
    public record DeclarationsInput(
            @NotNull @Past @Schema(example = "2015-03-01") LocalDate legallyRegisteredOn,
            boolean nonProfit,
            boolean democraticGovernance,
            boolean commitsToUnCharterAndSdgs,
            @Size(max = 300) @Pattern(regexp = "https?://\\S+") @Schema(example = "https://canceraid.example.org")
            String website,
            @Size(max = 50) @Schema(example = "[\"Annual report 2025\"]")
            List<@NotBlank @Size(max = 500) String> publications,
            @Size(max = 20) @Schema(example = "[\"https://social.example/@canceraidsociety\"]")
            List<@NotBlank @Size(max = 300) String> socialMedia,
            @PositiveOrZero @Schema(example = "25000") Integer audience) {

        public Declarations toDomain() {
            return new Declarations(legallyRegisteredOn, nonProfit, democraticGovernance, commitsToUnCharterAndSdgs,
                    website, publications, socialMedia, audience);
        }
    }

    @Schema(name = "OptionalStepReason")
    public record OptionalReason(@Size(max = 4000)
            @Schema(example = "The organisation will apply again after its board elections.") String reason) {
    }

    @Schema(name = "ClarificationRequest")
    public record ClarificationRequest(
            @NotBlank @Size(max = 4000)
            @Schema(example = "Please send the certificate of registration with the Charity Commissioner, Mumbai.")
            String text,
            @NotNull @Future LocalDate responseDue) {

        public RequestClarification toCommand() {
            return new RequestClarification(text, responseDue);
        }
    }

    @Schema(name = "AgendaPlacement")
    public record AgendaPlacement(@NotNull UUID sessionId) {
    }

    @Schema(name = "CommitteeQuestion")
    public record CommitteeQuestion(
            @Pattern(regexp = "[A-Z]{2}") @Schema(description = "The member State asking, ISO 3166-1 alpha-2. A "
                    + "committee member speaks for the State their account is bound to (leave it out, or name that "
                    + "one); staff recording a question name it", example = "CU") String memberState,
            @NotBlank @Size(max = 4000)
            @Schema(example = "Please give the sources of the organisation's funding for 2025.") String text,
            @NotNull @Future LocalDate responseDue) {

        public RaiseQuestion toCommand() {
            return new RaiseQuestion(memberState, text, responseDue);
        }
    }

    @Schema(name = "QuestionAnswer")
    public record Answer(@NotBlank @Size(max = 20000)
            @Schema(example = "82% from individual donors in India, 18% from the state health mission.")
            String answer) {
    }

    @Schema(name = "CommitteeRecommendation")
    public record Recommendation(
            @Schema(description = "Required for ECOSOC, absent for DGC", example = "special")
            EcosocCategory category,
            @Size(max = 4000) @Schema(example = "Recommended by consensus after the answers on funding.")
            String reason) {

        public Recommend toCommand() {
            return new Recommend(category, reason);
        }
    }

    @Schema(name = "ApplicationDecision")
    public record Decision(
            @NotNull @Schema(example = "granted") DecisionOutcome outcome,
            @NotBlank @Size(max = 4000) @Schema(description = "Why; shown to the applicant and in the public feed",
                    example = "Meets the minimum requirements; the committee recommended special consultative status.")
            String reasons) {

        public Decide toCommand() {
            return new Decide(outcome, reasons);
        }
    }
}
