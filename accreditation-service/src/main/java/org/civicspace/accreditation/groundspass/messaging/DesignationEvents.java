package org.civicspace.accreditation.groundspass.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.groundspass.domain.DutyStation;
import org.civicspace.accreditation.groundspass.domain.PassKind;
import org.civicspace.platform.messaging.EventType;

/**
 * The events of grounds pass designations, on their topic, and their wire format; each type has a JSON Schema under
 * {@code events/}; enum values travel as their wire codes. They name the representative by registry id only.
 */
public final class DesignationEvents {

    /** Grounds pass designations; key = organisation id. */
    public static final String DESIGNATIONS = "accreditation.designations";

    public static final EventType DESIGNATION_ISSUED =
            new EventType("org.civicspace.accreditation.designation.issued.v1", DESIGNATIONS);
    public static final EventType DESIGNATION_REVOKED =
            new EventType("org.civicspace.accreditation.designation.revoked.v1", DESIGNATIONS);

    private DesignationEvents() {
    }

    /** Data of designation issued and revoked. */
    public record DesignationChange(UUID designationId, UUID organizationId, UUID representativeId, Track track,
            int year, DutyStation dutyStation, PassKind kind, LocalDate validFrom, LocalDate validTo,
            Instant occurredAt) {
    }
}
