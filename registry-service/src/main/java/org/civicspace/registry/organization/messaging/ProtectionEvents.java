package org.civicspace.registry.organization.messaging;

import java.util.UUID;

/**
 * The reprisals service's protection flags that the registry consumes; the producer owns the JSON Schemas
 * (docs/asyncapi.yaml). Keyed by the registry id, so that the decisions about one id arrive in order.
 */
public final class ProtectionEvents {

    public static final String TOPIC = "reprisals.protection-flags";

    public static final String FLAGGED = "org.civicspace.reprisals.protection.flagged.v1";
    public static final String LIFTED = "org.civicspace.reprisals.protection.lifted.v1";

    private ProtectionEvents() {
    }

    /** Data of both: a representative's or an organisation's registry id. */
    public record ProtectionFlag(UUID registryId) {
    }
}
