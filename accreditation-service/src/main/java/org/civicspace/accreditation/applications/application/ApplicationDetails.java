package org.civicspace.accreditation.applications.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.accreditation.applications.domain.Declarations;
import org.civicspace.accreditation.applications.domain.MinimumRequirements.RuleResult;
import org.civicspace.accreditation.applications.domain.QuestionKind;

/**
 * An application as those who may see it read it: its state and the states it may move to, its declarations, the
 * minimum requirements as last checked ({@code screening}, absent before screening), and its questions.
 */
public record ApplicationDetails(
        UUID id,
        UUID organizationId,
        Track track,
        EcosocCategory requestedCategory,
        UUID changesAccreditation,
        ApplicationState state,
        List<ApplicationState> allowedNextStates,
        Declarations declarations,
        List<RuleResult> screening,
        UUID sessionId,
        int deferralCount,
        boolean reconsiderationUsed,
        EcosocCategory recommendedCategory,
        String decisionReasons,
        List<Question> questions,
        Instant createdAt,
        Instant submittedAt,
        Instant decidedAt) {

    /** A question to the applicant, from a member State or a clarification from staff; overdue when unanswered late. */
    public record Question(UUID id, QuestionKind kind, UUID sessionId, String memberState, String text,
            LocalDate responseDue, String answer, Instant answeredAt, boolean overdue) {
    }
}
