package org.civicspace.accreditation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.civicspace.accreditation.domain.Declarations;
import org.civicspace.accreditation.domain.MinimumRequirements.RuleResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows of applications, their questions and their history. */
public final class ApplicationViews {

    private ApplicationViews() {
    }

    @Schema(name = "Application")
    public record ApplicationView(
            UUID id,
            UUID organizationId,
            @Schema(example = "ecosoc") String track,
            @Schema(description = "ECOSOC only", example = "special") String requestedCategory,
            @Schema(description = "Set when this application asks to change the category of an accreditation")
            UUID changesAccreditation,
            @Schema(example = "questions-raised") String state,
            @Schema(description = "The states this application may move to next") List<String> allowedNextStates,
            Declarations declarations,
            @Schema(description = "The minimum requirements as last checked at screening") List<RuleResult> screening,
            UUID sessionId,
            int deferralCount,
            boolean reconsiderationUsed,
            String recommendedCategory,
            String decisionReasons,
            List<QuestionView> questions,
            Instant createdAt,
            Instant submittedAt,
            Instant decidedAt) {
    }

    @Schema(name = "Question")
    public record QuestionView(
            UUID id,
            @Schema(description = "committee (from a member state) or clarification (from staff at screening)")
            String kind,
            UUID sessionId,
            @Schema(description = "ISO 3166-1 alpha-2 of the member state that asked", example = "CU") String memberState,
            String text,
            LocalDate responseDue,
            String answer,
            Instant answeredAt,
            @Schema(description = "Unanswered after its response deadline") boolean overdue) {
    }

    @Schema(name = "HistoryEntry")
    public record HistoryView(String fromState, String toState, String actor, String reason, UUID sessionId,
            Instant occurredAt) {
    }
}
