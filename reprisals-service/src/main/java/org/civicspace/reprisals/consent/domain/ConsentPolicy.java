package org.civicspace.reprisals.consent.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.civicspace.platform.domain.Refusal;
import org.civicspace.reprisals.casefile.domain.MeasureType;

/**
 * Act only on informed consent: every disclosing action names the scope it needs, and is refused unless each
 * alleged victim it concerns has an effective consent covering that scope. Withdrawal counts from the moment it is
 * recorded.
 */
public final class ConsentPolicy {

    private ConsentPolicy() {
    }

    /** The scope a protective measure or intervention needs, if it discloses anything. */
    public static Optional<ConsentScope> scopeNeededFor(MeasureType measure) {
        return switch (measure) {
            case CONTACT_WITH_PERSON_CONCERNED -> Optional.empty();
            case RAISE_WITH_STATE, URGENT_APPEAL -> Optional.of(ConsentScope.RAISE_WITH_STATE);
            case RELOCATION_REFERRAL, DIGITAL_SECURITY_REFERRAL -> Optional.of(ConsentScope.SHARE_WITH_UN_ENTITIES);
        };
    }

    /** The scope that inclusion in the Secretary-General's report needs. */
    public static ConsentScope scopeNeededForAnnualReport(boolean named) {
        return named ? ConsentScope.SG_REPORT_NAMED : ConsentScope.SG_REPORT_ANONYMOUS;
    }

    /**
     * Refuses unless every victim in {@code victimIds} has an effective consent covering {@code scope}.
     *
     * @return empty when allowed, else the refusal naming the scope and the victims whose consent is missing
     */
    public static Optional<Refusal> check(ConsentScope scope, Collection<UUID> victimIds,
            Collection<Consent> consents) {
        List<UUID> missing = victimIds.stream()
                .filter(victim -> consents.stream().noneMatch(c -> c.victimId().equals(victim) && c.covers(scope)))
                .sorted()
                .toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of(consentMissing(scope, missing));
    }

    /** The refusal a client can act on: the scope to record consent for, and for whom. */
    static Refusal consentMissing(ConsentScope scope, List<UUID> victimIds) {
        return new Refusal.Conflict("consent-required", "Consent required",
                "The informed consent on record does not cover " + scope.code()
                        + " for every person concerned; record their consent before this action.",
                Map.of("missingScope", scope.code(), "victimIds", victimIds.stream().map(String::valueOf).toList()));
    }

    /** Whether anything identifying about {@code victimId} may still be held. */
    public static boolean mayDocument(UUID victimId, Collection<Consent> consents) {
        return consents.stream().anyMatch(c -> c.victimId().equals(victimId) && c.covers(ConsentScope.DOCUMENT));
    }
}
