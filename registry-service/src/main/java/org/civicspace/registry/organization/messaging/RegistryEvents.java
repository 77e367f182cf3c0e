package org.civicspace.registry.organization.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.civicspace.platform.messaging.EventType;

/**
 * The events the registry publishes and their wire formats, each with a JSON Schema under {@code events/}.
 * {@value #TOPIC} (key: organisation id) carries only public fields: never contact details or representatives.
 * {@value #REPRESENTATIVES_TOPIC} (key: representative id) is restricted: it carries a representative's date of
 * birth, which the accreditation service needs for the youth-pass rule, and the person's choice to be named to the
 * public, and nothing else personal (no name, no e-mail). Only services with a need may read it (see
 * docs/asyncapi.yaml).
 */
public final class RegistryEvents {

    public static final String TOPIC = "registry.organizations";

    public static final EventType REGISTERED = new EventType("org.civicspace.registry.organization.registered.v1", TOPIC);
    public static final EventType UPDATED = new EventType("org.civicspace.registry.organization.updated.v1", TOPIC);
    public static final EventType STATUS_CHANGED =
            new EventType("org.civicspace.registry.organization.status-changed.v1", TOPIC);

    public static final String REPRESENTATIVES_TOPIC = "registry.representatives";

    public static final EventType REPRESENTATIVE_ADDED =
            new EventType("org.civicspace.registry.representative.added.v1", REPRESENTATIVES_TOPIC);
    public static final EventType REPRESENTATIVE_ENDED =
            new EventType("org.civicspace.registry.representative.membership-ended.v1", REPRESENTATIVES_TOPIC);
    public static final EventType REPRESENTATIVE_NAMING_CHANGED =
            new EventType("org.civicspace.registry.representative.naming-changed.v1", REPRESENTATIVES_TOPIC);

    private RegistryEvents() {
    }

    /** An organisation's public profile, as carried by registered and updated. */
    public record OrganizationSnapshot(UUID organizationId, String identifier, String legalName, String acronym,
            String type, String headquartersCountry, List<String> countriesOfOperation, List<String> themes,
            String status, UUID parentId, long version, Instant occurredAt) {
    }

    /** Data of {@link #STATUS_CHANGED}. */
    public record StatusChanged(UUID organizationId, String from, String to, long version, Instant occurredAt) {
    }

    /**
     * Data of the representative types: a membership, minimised, with the person's choice to be named to the public
     * (the services that name people still leave out the flagged).
     */
    public record RepresentativeMembership(UUID representativeId, UUID organizationId, LocalDate dateOfBirth,
            LocalDate startDate, LocalDate endDate, boolean publiclyNamed, Instant occurredAt) {
    }
}
