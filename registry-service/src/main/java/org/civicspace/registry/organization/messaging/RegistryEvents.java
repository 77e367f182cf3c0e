package org.civicspace.registry.organization.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.civicspace.platform.messaging.EventType;

/**
 * The events the registry publishes on {@value #TOPIC} (key: organisation id) and their wire formats, each with a
 * JSON Schema under {@code events/}. Only public fields travel: never contact details or representatives.
 */
public final class RegistryEvents {

    public static final String TOPIC = "registry.organizations";

    public static final EventType REGISTERED = new EventType("org.civicspace.registry.organization.registered.v1", TOPIC);
    public static final EventType UPDATED = new EventType("org.civicspace.registry.organization.updated.v1", TOPIC);
    public static final EventType STATUS_CHANGED =
            new EventType("org.civicspace.registry.organization.status-changed.v1", TOPIC);

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
}
