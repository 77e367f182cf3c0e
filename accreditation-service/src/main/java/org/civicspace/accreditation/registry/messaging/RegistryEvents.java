package org.civicspace.accreditation.registry.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The registry's events this service consumes; the registry owns their JSON Schemas (docs/asyncapi.yaml). */
public final class RegistryEvents {

    public static final String ORGANIZATIONS = "registry.organizations";
    public static final String REPRESENTATIVES = "registry.representatives";

    public static final String REGISTERED = "org.civicspace.registry.organization.registered.v1";
    public static final String UPDATED = "org.civicspace.registry.organization.updated.v1";
    public static final String STATUS_CHANGED = "org.civicspace.registry.organization.status-changed.v1";
    public static final String REPRESENTATIVE_ADDED = "org.civicspace.registry.representative.added.v1";
    public static final String REPRESENTATIVE_ENDED = "org.civicspace.registry.representative.membership-ended.v1";

    private RegistryEvents() {
    }

    /** Data of registered and updated; the fields this service does not need are ignored. */
    public record OrganizationSnapshot(UUID organizationId, String legalName, String type, String headquartersCountry,
            List<String> themes, String status, long version, Instant occurredAt) {
    }

    public record StatusChanged(UUID organizationId, String from, String to, long version, Instant occurredAt) {
    }

    public record RepresentativeMembership(UUID representativeId, UUID organizationId, LocalDate dateOfBirth,
            LocalDate startDate, LocalDate endDate, Instant occurredAt) {
    }
}
