package org.civicspace.reprisals.casefile.domain;

import java.util.UUID;

/** Who an alleged victim is, stored only sealed with the case's data key. */
public record VictimIdentity(String name, String contact, String exactLocation, UUID registryId) {
}
