package org.civicspace.events.registry.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The other services' events this service reads; their producers own the JSON Schemas (docs/asyncapi.yaml). */
public final class ConsumedEvents {

    public static final String ORGANIZATION_REGISTERED = "org.civicspace.registry.organization.registered.v1";
    public static final String ORGANIZATION_UPDATED = "org.civicspace.registry.organization.updated.v1";
    public static final String REPRESENTATIVE_ADDED = "org.civicspace.registry.representative.added.v1";
    public static final String REPRESENTATIVE_ENDED = "org.civicspace.registry.representative.membership-ended.v1";
    public static final String REPRESENTATIVE_NAMING_CHANGED =
            "org.civicspace.registry.representative.naming-changed.v1";
    public static final String ACCREDITATION_PREFIX = "org.civicspace.accreditation.accreditation.";
    public static final String PROTECTION_FLAGGED = "org.civicspace.reprisals.protection.flagged.v1";
    public static final String PROTECTION_LIFTED = "org.civicspace.reprisals.protection.lifted.v1";

    private ConsumedEvents() {
    }

    public record OrganizationSnapshot(UUID organizationId, String legalName, long version) {
    }

    /** {@code publiclyNamed}: the person's choice to be named to the public; absent (older events) means not. */
    public record RepresentativeMembership(UUID representativeId, UUID organizationId, LocalDate dateOfBirth,
            LocalDate endDate, Boolean publiclyNamed) {
    }

    public record AccreditationChange(UUID organizationId, String track, Instant decidedAt) {
    }

    /** Data of both flagged and lifted: a person's or an organisation's registry id. */
    public record ProtectionFlag(UUID registryId) {
    }
}
