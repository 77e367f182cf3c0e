package org.civicspace.accreditation.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.civicspace.accreditation.domain.ApplicationState;
import org.civicspace.accreditation.domain.DutyStation;
import org.civicspace.accreditation.domain.EcosocCategory;
import org.civicspace.accreditation.domain.PassKind;
import org.civicspace.accreditation.domain.Track;
import org.civicspace.platform.messaging.EventType;

/**
 * The events this service publishes, by topic, and their wire formats; each type has a JSON Schema under
 * {@code events/}; enum values travel as their wire codes, the values the schemas list. No event carries personal
 * data: designations name the representative by registry id only.
 */
public final class AccreditationEvents {

    /** Application steps; key = application id. */
    public static final String APPLICATIONS = "accreditation.applications";
    /** Accreditation decisions; key = organisation id, so that decisions about one organisation stay in order. */
    public static final String ACCREDITATIONS = "accreditation.accreditations";
    /** Grounds pass designations; key = organisation id. */
    public static final String DESIGNATIONS = "accreditation.designations";

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

    public static final EventType GRANTED =
            new EventType("org.civicspace.accreditation.accreditation.granted.v1", ACCREDITATIONS);
    public static final EventType STATUS_CHANGED =
            new EventType("org.civicspace.accreditation.accreditation.status-changed.v1", ACCREDITATIONS);
    public static final EventType SUSPENDED =
            new EventType("org.civicspace.accreditation.accreditation.suspended.v1", ACCREDITATIONS);
    public static final EventType REINSTATED =
            new EventType("org.civicspace.accreditation.accreditation.reinstated.v1", ACCREDITATIONS);
    public static final EventType WITHDRAWN =
            new EventType("org.civicspace.accreditation.accreditation.withdrawn.v1", ACCREDITATIONS);

    public static final EventType DESIGNATION_ISSUED =
            new EventType("org.civicspace.accreditation.designation.issued.v1", DESIGNATIONS);
    public static final EventType DESIGNATION_REVOKED =
            new EventType("org.civicspace.accreditation.designation.revoked.v1", DESIGNATIONS);

    private AccreditationEvents() {
    }

    /**
     * Data of every application event. {@code memberState} is set for question-raised, {@code deferralCount} for
     * deferred, {@code sessionId} when the step happened in a committee session.
     */
    public record ApplicationStep(UUID applicationId, UUID organizationId, Track track,
            EcosocCategory requestedCategory, ApplicationState state, UUID sessionId, String memberState,
            int deferralCount, Instant occurredAt) {
    }

    /**
     * Data of every accreditation event: the contract registry-service consumes (docs/asyncapi.yaml).
     *
     * @param ecosocStatus  the category, for the ECOSOC track
     * @param effectiveFrom since when the accreditation holds (the grant date, also after reinstatement)
     * @param decidedAt     orders decisions about one organisation
     */
    public record AccreditationChange(UUID organizationId, Track track, EcosocCategory ecosocStatus,
            LocalDate effectiveFrom, Instant decidedAt) {
    }

    /** Data of designation issued and revoked. */
    public record DesignationChange(UUID designationId, UUID organizationId, UUID representativeId, Track track,
            int year, DutyStation dutyStation, PassKind kind, LocalDate validFrom, LocalDate validTo,
            Instant occurredAt) {
    }
}
