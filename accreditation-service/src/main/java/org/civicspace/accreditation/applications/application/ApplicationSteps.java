package org.civicspace.accreditation.applications.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.accreditation.applications.domain.QuestionKind;
import org.civicspace.accreditation.applications.messaging.ApplicationEvents;
import org.civicspace.accreditation.applications.messaging.ApplicationEvents.ApplicationStep;
import org.civicspace.accreditation.applications.messaging.ApplicationEvents.QuestionRaised;
import org.civicspace.accreditation.applications.persistence.ApplicationEntity;
import org.civicspace.accreditation.applications.persistence.HistoryEntry;
import org.civicspace.accreditation.applications.persistence.QuestionEntity;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.messaging.EventType;
import org.civicspace.platform.messaging.outbox.Outbox;
import org.civicspace.platform.web.security.Caller;

/**
 * A step of the workflow: allowed only where the lifecycle allows it, appended to the history with who took it, and
 * its event written to the outbox, all in the step's transaction.
 */
@ApplicationScoped
public class ApplicationSteps {

    private final Caller caller;
    private final Outbox outbox;

    public ApplicationSteps(Caller caller, Outbox outbox) {
        this.caller = caller;
        this.outbox = outbox;
    }

    void move(ApplicationEntity application, ApplicationState to, String reason) {
        ApplicationState from = application.state;
        if (!from.mayMoveTo(to)) {
            throw Refused.illegalTransition(from, to, from.allowedNext());
        }
        application.state = to;
        application.updatedAt = Instant.now();
        record(application, from, to, reason);
    }

    void record(ApplicationEntity application, ApplicationState from, ApplicationState to, String reason) {
        HistoryEntry entry = new HistoryEntry();
        entry.applicationId = application.id;
        entry.fromState = from;
        entry.toState = to;
        entry.actor = caller.subject();
        entry.reason = reason;
        entry.sessionId = application.sessionId;
        entry.occurredAt = application.updatedAt;
        entry.persist();
    }

    /** Records the question and returns its id. */
    UUID ask(ApplicationEntity application, QuestionKind kind, String memberState, String text, LocalDate due) {
        QuestionEntity question = new QuestionEntity();
        question.id = UUID.randomUUID();
        question.applicationId = application.id;
        question.sessionId = application.sessionId;
        question.kind = kind;
        question.memberState = memberState;
        question.text = text;
        question.askedBy = caller.subject();
        question.askedAt = Instant.now();
        question.responseDue = due;
        question.persist();
        return question.id;
    }

    void publish(EventType type, ApplicationEntity application, String memberState) {
        outbox.append(type, application.id, new ApplicationStep(application.id, application.organizationId,
                application.track, application.requestedCategory, application.state, application.sessionId,
                memberState, application.deferralCount, application.updatedAt));
    }

    /** Publishes a committee question with the day its answer is due. */
    void publishQuestion(ApplicationEntity application, String memberState, UUID questionId, LocalDate due) {
        outbox.append(ApplicationEvents.QUESTION_RAISED, application.id, new QuestionRaised(application.id,
                application.organizationId, application.track, application.requestedCategory, application.state,
                application.sessionId, memberState, application.deferralCount, application.updatedAt, questionId,
                due));
    }

    /** ECOSOC applications name a category, DGC ones none. */
    static void requireCategoryFits(Track track, EcosocCategory category, String field) {
        if (track == Track.ECOSOC && category == null) {
            throw Refused.invalid(field, "ECOSOC applications need a category: general, special or roster");
        }
        if (track == Track.DGC && category != null) {
            throw Refused.invalid(field, "DGC association has no category");
        }
    }
}
