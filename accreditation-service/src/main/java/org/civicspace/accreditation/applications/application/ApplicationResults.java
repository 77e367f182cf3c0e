package org.civicspace.accreditation.applications.application;

import java.time.LocalDate;
import java.util.List;

import org.civicspace.accreditation.applications.application.ApplicationDetails.Question;
import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.accreditation.applications.persistence.ApplicationEntity;
import org.civicspace.accreditation.applications.persistence.QuestionEntity;
import org.civicspace.platform.web.http.EntityTags;

/** An application as its readers see it, with its questions and the states it may move to next. */
final class ApplicationResults {

    private ApplicationResults() {
    }

    static ApplicationDetails details(ApplicationEntity application) {
        LocalDate today = LocalDate.now();
        List<Question> questions = QuestionEntity.<QuestionEntity>find("applicationId = ?1 order by askedAt, id",
                application.id).stream()
                .map(q -> new Question(q.id, q.kind, q.sessionId, q.memberState, q.text, q.responseDue, q.answer,
                        q.answeredAt, q.answer == null && q.responseDue.isBefore(today)))
                .toList();
        ApplicationState state = application.state;
        List<ApplicationState> next = state.allowedNext().stream()
                .filter(s -> s != ApplicationState.RECONSIDERATION_REQUESTED || !application.reconsiderationUsed)
                .toList();
        return new ApplicationDetails(application.id, application.organizationId, application.track,
                application.requestedCategory, application.changesAccreditation, application.state, next,
                application.declarations,
                application.screening == null ? null : List.copyOf(application.screening),
                application.sessionId, application.deferralCount,
                application.reconsiderationUsed, application.recommendedCategory, application.decisionReasons,
                questions, application.createdAt, application.submittedAt, application.decidedAt);
    }

    static VersionedApplication versioned(ApplicationEntity application) {
        return new VersionedApplication(details(application), EntityTags.of(application.version));
    }

    /** Flushed first, so that the version is the one the step made. */
    static VersionedApplication flushed(ApplicationEntity application) {
        ApplicationEntity.getEntityManager().flush();
        return versioned(application);
    }
}
