package org.civicspace.accreditation.applications.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.accreditation.accreditations.application.Accreditations;
import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.accreditation.applications.domain.MinimumRequirements;
import org.civicspace.accreditation.applications.domain.QuestionKind;
import org.civicspace.accreditation.applications.messaging.ApplicationEvents;
import org.civicspace.accreditation.applications.persistence.ApplicationEntity;
import org.civicspace.accreditation.committee.persistence.CommitteeSessionEntity;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;

/**
 * The committee's review, recorded by staff: an application placed on a session's agenda, questions from the member
 * States on the committee, deferral, recommendation and the decision; a grant creates or changes the accreditation.
 */
@ApplicationScoped
public class CommitteeReview {

    private final Caller caller;
    private final ApplicationAccess access;
    private final ApplicationSteps steps;
    private final Accreditations accreditations;

    public CommitteeReview(Caller caller, ApplicationAccess access, ApplicationSteps steps,
            Accreditations accreditations) {
        this.caller = caller;
        this.access = access;
        this.steps = steps;
        this.accreditations = accreditations;
    }

    @Transactional
    public VersionedApplication placeOnAgenda(UUID id, UUID sessionId) {
        access.requireStaff();
        ApplicationEntity application = access.find(id);
        CommitteeSessionEntity session = CommitteeSessionEntity.findById(sessionId);
        if (session == null) {
            throw Refused.invalid("sessionId", "no committee session " + sessionId);
        }
        if (session.track != application.track) {
            throw Refused.invalid("sessionId", "session " + session.name + " reviews " + session.track
                    + " applications, not " + application.track);
        }
        if (session.endsOn.isBefore(LocalDate.now())) {
            throw Refused.invalid("sessionId", "session " + session.name + " ended on " + session.endsOn);
        }
        if (application.state == ApplicationState.SCREENING) {
            application.screening = Screening.checkRequirements(application);
            if (!MinimumRequirements.allPassed(application.screening)) {
                throw Refused.conflict("requirements-not-met", "Minimum requirements not met",
                        "The application fails minimum requirements and cannot go before the committee.",
                        Map.of("failedRules", application.screening.stream().filter(r -> !r.passed())
                                .toList()));
            }
        }
        application.sessionId = session.id;
        steps.move(application, ApplicationState.BEFORE_COMMITTEE, "placed on the agenda of " + session.name);
        return ApplicationResults.flushed(application);
    }

    @Transactional
    public VersionedApplication raiseQuestion(UUID id, RaiseQuestion question) {
        if (!caller.hasRole(Roles.NGO_COMMITTEE_MEMBER) && !caller.isStaff()) {
            throw Refused.forbidden("Only committee members raise questions.");
        }
        ApplicationEntity application = access.find(id);
        ApplicationState state = application.state;
        if (!state.isBeforeCommittee()) {
            throw Refused.illegalTransition(state, ApplicationState.QUESTIONS_RAISED, state.allowedNext());
        }
        String memberState = speaksFor(question.memberState());
        CommitteeSessionEntity session = CommitteeSessionEntity.findById(application.sessionId);
        if (!session.memberStates.contains(memberState)) {
            throw Refused.invalid("memberState", memberState + " is not a member of the "
                    + "committee in session " + session.name + " (" + String.join(", ", session.memberStates) + ")");
        }
        steps.move(application, ApplicationState.QUESTIONS_RAISED, "question from " + memberState);
        UUID questionId = steps.ask(application, QuestionKind.COMMITTEE, memberState, question.text(),
                question.responseDue());
        steps.publishQuestion(application, memberState, questionId, question.responseDue());
        return ApplicationResults.flushed(application);
    }

    /**
     * The member State a question is attributed to: a committee member's own, from their token, never another;
     * staff, who record what was said in the room, name it.
     */
    private String speaksFor(String named) {
        if (caller.hasRole(Roles.NGO_COMMITTEE_MEMBER) && !caller.isStaff()) {
            String own = caller.memberState().orElseThrow(() -> Refused.forbidden(
                    "Your account speaks for no member State; ask the secretariat to bind it to yours."));
            if (named != null && !named.equals(own)) {
                throw Refused.forbidden("You may speak only for " + own + ".");
            }
            return own;
        }
        if (named == null) {
            throw Refused.invalid("memberState", "must name the member State that asked");
        }
        return named;
    }

    @Transactional
    public VersionedApplication defer(UUID id, String reason) {
        access.requireStaff();
        ApplicationEntity application = access.find(id);
        steps.move(application, ApplicationState.DEFERRED, reason);
        application.deferralCount++;
        steps.publish(ApplicationEvents.APPLICATION_DEFERRED, application, null);
        return ApplicationResults.flushed(application);
    }

    @Transactional
    public VersionedApplication recommend(UUID id, Recommend recommendation) {
        access.requireStaff();
        ApplicationEntity application = access.find(id);
        ApplicationSteps.requireCategoryFits(application.track, recommendation.category(), "category");
        steps.move(application, ApplicationState.RECOMMENDED, recommendation.reason());
        application.recommendedCategory = recommendation.category();
        return ApplicationResults.flushed(application);
    }

    @Transactional
    public VersionedApplication decide(UUID id, Decide decision) {
        access.requireStaff();
        ApplicationEntity application = access.find(id);
        ApplicationState outcome = decision.outcome().state();
        if (outcome == ApplicationState.GRANTED && application.state != ApplicationState.RECOMMENDED) {
            throw Refused.illegalTransition(application.state, outcome, application.state.allowedNext());
        }
        steps.move(application, outcome, decision.reasons());
        application.decidedAt = application.updatedAt;
        application.decisionReasons = decision.reasons();
        if (outcome == ApplicationState.GRANTED) {
            accreditations.grant(application);
        } else {
            steps.publish(ApplicationEvents.APPLICATION_REJECTED, application, null);
        }
        return ApplicationResults.flushed(application);
    }
}
