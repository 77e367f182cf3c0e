package org.civicspace.accreditation.applications.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.applications.application.ApplicationDetails;
import org.civicspace.accreditation.applications.application.ApplicationDetails.Question;
import org.civicspace.accreditation.applications.application.HistoryStep;
import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.accreditation.applications.domain.Declarations;
import org.civicspace.accreditation.applications.domain.MinimumRequirements.RuleResult;
import org.civicspace.accreditation.applications.domain.QuestionKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows of applications, their questions and their history. */
public final class ApplicationViews {

    private ApplicationViews() {
    }

    @Schema(name = "Application")
    public record ApplicationView(
            UUID id,
            UUID organizationId,
            @Schema(example = "ecosoc") Track track,
            @Schema(description = "ECOSOC only", example = "special") EcosocCategory requestedCategory,
            @Schema(description = "Set when this application asks to change the category of an accreditation")
            UUID changesAccreditation,
            @Schema(example = "questions-raised") ApplicationState state,
            @Schema(description = "The states this application may move to next")
            List<ApplicationState> allowedNextStates,
            DeclarationsView declarations,
            @Schema(description = "The minimum requirements as last checked at screening")
            List<RequirementCheck> screening,
            UUID sessionId,
            @Schema(example = "1") int deferralCount,
            boolean reconsiderationUsed,
            @Schema(description = "ECOSOC only: the category the committee recommended", example = "special")
            EcosocCategory recommendedCategory,
            @Schema(example = "Meets the minimum requirements; the committee recommended special consultative status.")
            String decisionReasons,
            List<QuestionView> questions,
            Instant createdAt,
            Instant submittedAt,
            Instant decidedAt) {

        public static ApplicationView of(ApplicationDetails a) {
            return new ApplicationView(a.id(), a.organizationId(), a.track(), a.requestedCategory(),
                    a.changesAccreditation(), a.state(), a.allowedNextStates(), DeclarationsView.of(a.declarations()),
                    a.screening() == null ? null : a.screening().stream().map(RequirementCheck::of).toList(),
                    a.sessionId(), a.deferralCount(), a.reconsiderationUsed(), a.recommendedCategory(),
                    a.decisionReasons(), a.questions().stream().map(QuestionView::of).toList(), a.createdAt(),
                    a.submittedAt(), a.decidedAt());
        }
    }

    /** What the applicant stated about itself; shown as it was last saved. */
    @Schema(name = "ApplicationDeclarations")
    public record DeclarationsView(
            LocalDate legallyRegisteredOn,
            boolean nonProfit,
            boolean democraticGovernance,
            boolean commitsToUnCharterAndSdgs,
            @Schema(example = "https://canceraid.example.org") String website,
            @Schema(example = "[\"Annual report 2025\", \"Cancer screening in rural Maharashtra, 2024\"]")
            List<String> publications,
            @Schema(example = "[\"https://social.example/@canceraidsociety\"]") List<String> socialMedia,
            @Schema(description = "How many people its communications reach", example = "25000") Integer audience) {

        public static DeclarationsView of(Declarations declarations) {
            return declarations == null ? null : new DeclarationsView(declarations.legallyRegisteredOn(),
                    declarations.nonProfit(), declarations.democraticGovernance(),
                    declarations.commitsToUnCharterAndSdgs(), declarations.website(), declarations.publications(),
                    declarations.socialMedia(), declarations.audience());
        }
    }

    /** One minimum requirement as checked at screening, with the reason it passed or failed. */
    @Schema(name = "MinimumRequirementCheck")
    public record RequirementCheck(
            @Schema(example = "registered-two-years") String rule,
            boolean passed,
            @Schema(example = "registered since 2015-03-01") String reason) {

        public static RequirementCheck of(RuleResult result) {
            return new RequirementCheck(result.rule(), result.passed(), result.reason());
        }
    }

    @Schema(name = "ApplicationQuestion")
    public record QuestionView(
            UUID id,
            @Schema(description = "committee (from a member state) or clarification (from staff at screening)",
                    example = "committee")
            QuestionKind kind,
            UUID sessionId,
            @Schema(description = "ISO 3166-1 alpha-2 of the member state that asked", example = "CU") String memberState,
            @Schema(example = "Please give the sources of the organisation's funding for 2025.") String text,
            LocalDate responseDue,
            @Schema(example = "82% from individual donors in India, 18% from the state health mission.") String answer,
            Instant answeredAt,
            @Schema(description = "Unanswered after its response deadline") boolean overdue) {

        public static QuestionView of(Question q) {
            return new QuestionView(q.id(), q.kind(), q.sessionId(), q.memberState(), q.text(), q.responseDue(),
                    q.answer(), q.answeredAt(), q.overdue());
        }
    }

    @Schema(name = "ApplicationHistoryEntry")
    public record HistoryView(
            @Schema(description = "Absent for the first entry, the draft", example = "screening")
            ApplicationState fromState,
            @Schema(example = "before-committee") ApplicationState toState,
            @Schema(description = "Who took the step", example = "amina.diallo") String actor,
            @Schema(example = "placed on the agenda of NGO Committee 2027 regular session") String reason,
            UUID sessionId,
            Instant occurredAt) {

        public static HistoryView of(HistoryStep h) {
            return new HistoryView(h.fromState(), h.toState(), h.actor(), h.reason(), h.sessionId(), h.occurredAt());
        }
    }
}
