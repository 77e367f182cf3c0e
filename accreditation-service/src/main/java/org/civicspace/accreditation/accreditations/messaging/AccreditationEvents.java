package org.civicspace.accreditation.accreditations.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.platform.messaging.EventType;

/**
 * The accreditation decisions this service publishes, on their topic, and their wire format; each type has a JSON
 * Schema under {@code events/}; enum values travel as their wire codes, the values the schemas list. The
 * application workflow's events are in {@code ApplicationEvents}, the grounds passes' in {@code DesignationEvents}.
 */
public final class AccreditationEvents {

    /** Accreditation decisions; key = organisation id, so that decisions about one organisation stay in order. */
    public static final String ACCREDITATIONS = "accreditation.accreditations";

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

    private AccreditationEvents() {
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
}
