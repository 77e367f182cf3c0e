package org.civicspace.registry.organization.domain;

import java.time.Instant;
import java.util.UUID;

/** What happened to an organisation, in the registry's own terms; mapped to wire events by the messaging layer. */
public sealed interface OrganizationEvent {

    UUID eventId();

    UUID aggregateId();

    Instant occurredAt();

    record OrganizationRegistered(UUID eventId, UUID aggregateId, Instant occurredAt) implements OrganizationEvent {
    }

    record OrganizationUpdated(UUID eventId, UUID aggregateId, Instant occurredAt) implements OrganizationEvent {
    }

    record OrganizationStatusChanged(UUID eventId, UUID aggregateId, Instant occurredAt, OrganizationStatus from,
            OrganizationStatus to, String reason) implements OrganizationEvent {
    }
}
