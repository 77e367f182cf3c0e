package org.civicspace.registry.organization.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The accreditation service's events that the registry consumes to keep each organisation's accreditation summary.
 * The contract (types, topic, data) is in docs/asyncapi.yaml; the producer owns the JSON Schemas.
 */
public final class AccreditationEvents {

    public static final String TOPIC = "accreditation.accreditations";

    public static final String GRANTED = "org.civicspace.accreditation.accreditation.granted.v1";
    public static final String WITHDRAWN = "org.civicspace.accreditation.accreditation.withdrawn.v1";
    public static final String STATUS_CHANGED = "org.civicspace.accreditation.accreditation.status-changed.v1";
    public static final String SUSPENDED = "org.civicspace.accreditation.accreditation.suspended.v1";
    public static final String REINSTATED = "org.civicspace.accreditation.accreditation.reinstated.v1";

    private AccreditationEvents() {
    }

    /**
     * Data of every accreditation event.
     *
     * @param track         {@code dgc} (association with the Department of Global Communications) or {@code ecosoc}
     * @param ecosocStatus  {@code general}, {@code special} or {@code roster} for the ECOSOC track
     * @param effectiveFrom the day the decision takes effect
     * @param decidedAt     when it was decided: the order in which decisions about one organisation apply
     */
    public record AccreditationChange(UUID organizationId, String track, String ecosocStatus, LocalDate effectiveFrom,
            Instant decidedAt) {
    }
}
