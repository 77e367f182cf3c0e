package org.civicspace.accreditation.applications.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.platform.messaging.EventType;

/**
 * The events of the application workflow, on their topic, and their wire format; each type has a JSON Schema under
 * {@code events/}; enum values travel as their wire codes, the values the schemas list. No personal data.
 */
public final class ApplicationEvents {

    /** Application steps; key = application id. */
    public static final String APPLICATIONS = "accreditation.applications";

    public static final EventType APPLICATION_SUBMITTED =
            new EventType("org.civicspace.accreditation.application.submitted.v1", APPLICATIONS);
    public static final EventType QUESTION_RAISED =
            new EventType("org.civicspace.accreditation.application.question-raised.v1", APPLICATIONS);
    public static final EventType APPLICATION_DEFERRED =
            new EventType("org.civicspace.accreditation.application.deferred.v1", APPLICATIONS);
    public static final EventType APPLICATION_REJECTED =
            new EventType("org.civicspace.accreditation.application.rejected.v1", APPLICATIONS);
    public static final EventType APPLICATION_WITHDRAWN =
            new EventType("org.civicspace.accreditation.application.withdrawn.v1", APPLICATIONS);

    private ApplicationEvents() {
    }

    /**
     * Data of every application event but question-raised ({@link QuestionRaised}). {@code deferralCount} counts the
     * deferrals so far; {@code sessionId} is set when the step happened in a committee session; {@code memberState}
     * is null (it stays on the wire, as the schemas allow, for the consumers that read it).
     */
    public record ApplicationStep(UUID applicationId, UUID organizationId, Track track,
            EcosocCategory requestedCategory, ApplicationState state, UUID sessionId, String memberState,
            int deferralCount, Instant occurredAt) {
    }

    /**
     * Data of question-raised: the step's fields, then the question raised and the day its answer is due, so that the
     * applying organisation can be told by when to answer.
     */
    public record QuestionRaised(UUID applicationId, UUID organizationId, Track track,
            EcosocCategory requestedCategory, ApplicationState state, UUID sessionId, String memberState,
            int deferralCount, Instant occurredAt, UUID questionId, LocalDate responseDue) {
    }
}
