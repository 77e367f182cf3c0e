package org.civicspace.reprisals.consent.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** One informed-consent record of one alleged victim: its scopes count until it is withdrawn. */
public record Consent(UUID id, UUID victimId, ConsentGiver givenBy, ConsentChannel channel, Set<ConsentScope> scopes,
        Instant givenAt, Optional<Instant> withdrawnAt) {

    public Consent {
        scopes = Set.copyOf(scopes);
    }

    public boolean isEffective() {
        return withdrawnAt.isEmpty();
    }

    public boolean covers(ConsentScope scope) {
        return isEffective() && scopes.contains(scope);
    }
}
