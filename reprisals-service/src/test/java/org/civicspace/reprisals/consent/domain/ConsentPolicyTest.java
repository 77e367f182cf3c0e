package org.civicspace.reprisals.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.civicspace.platform.domain.Refusal;
import org.civicspace.reprisals.casefile.domain.MeasureType;
import org.junit.jupiter.api.Test;

class ConsentPolicyTest {

    static final UUID ALICE = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    static final UUID BOB = UUID.fromString("00000000-0000-4000-8000-00000000000b");

    @Test
    void raisingWithTheStateNeedsThatScopeAndContactingThePersonNeedsNone() {
        assertThat(ConsentPolicy.scopeNeededFor(MeasureType.URGENT_APPEAL)).contains(ConsentScope.RAISE_WITH_STATE);
        assertThat(ConsentPolicy.scopeNeededFor(MeasureType.RELOCATION_REFERRAL))
                .contains(ConsentScope.SHARE_WITH_UN_ENTITIES);
        assertThat(ConsentPolicy.scopeNeededFor(MeasureType.CONTACT_WITH_PERSON_CONCERNED)).isEmpty();
    }

    @Test
    void refusesNamingTheScopeAndEveryVictimWithoutIt() {
        List<Consent> consents = List.of(consent(ALICE, ConsentScope.DOCUMENT, ConsentScope.RAISE_WITH_STATE),
                consent(BOB, ConsentScope.DOCUMENT));

        Optional<Refusal> refusal = ConsentPolicy.check(ConsentScope.RAISE_WITH_STATE, List.of(ALICE, BOB), consents);

        assertThat(refusal).hasValueSatisfying(r -> assertThat(((Refusal.Conflict) r).facts()).isEqualTo(
                Map.of("missingScope", "raise-with-state", "victimIds", List.of(BOB.toString()))));
    }

    @Test
    void aWithdrawnConsentCountsForNothing() {
        Consent withdrawn = new Consent(UUID.randomUUID(), ALICE, ConsentGiver.PERSON_CONCERNED,
                ConsentChannel.PHONE, Set.of(ConsentScope.DOCUMENT, ConsentScope.RAISE_WITH_STATE), Instant.EPOCH,
                Optional.of(Instant.now()));

        assertThat(ConsentPolicy.check(ConsentScope.RAISE_WITH_STATE, List.of(ALICE), List.of(withdrawn)))
                .isPresent();
        assertThat(ConsentPolicy.mayDocument(ALICE, List.of(withdrawn))).isFalse();
    }

    @Test
    void namedAndAnonymousReportInclusionAreSeparateScopes() {
        assertThat(ConsentPolicy.scopeNeededForAnnualReport(true)).isEqualTo(ConsentScope.SG_REPORT_NAMED);
        assertThat(ConsentPolicy.scopeNeededForAnnualReport(false)).isEqualTo(ConsentScope.SG_REPORT_ANONYMOUS);
    }

    static Consent consent(UUID victim, ConsentScope... scopes) {
        return new Consent(UUID.randomUUID(), victim, ConsentGiver.PERSON_CONCERNED, ConsentChannel.IN_PERSON,
                Set.of(scopes), Instant.EPOCH, Optional.empty());
    }
}
