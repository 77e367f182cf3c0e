package org.civicspace.registry.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The registry's rules in plain Java: no server, milliseconds. */
class OrganizationRulesTest {

    @Test
    void pendingRegistrationIsActivatedOrDissolvedOnly() {
        assertThat(OrganizationStatus.PENDING.allowedNext())
                .containsExactlyInAnyOrder(OrganizationStatus.ACTIVE, OrganizationStatus.DISSOLVED);
    }

    @Test
    void dissolutionIsFinal() {
        assertThat(OrganizationStatus.DISSOLVED.allowedNext()).isEmpty();
        assertThat(StatusChange.decide(OrganizationStatus.DISSOLVED, OrganizationStatus.ACTIVE))
                .isInstanceOf(StatusChange.Declined.class);
    }

    @Test
    void suspendedOrganizationCanBeReinstated() {
        assertThat(StatusChange.decide(OrganizationStatus.SUSPENDED, OrganizationStatus.ACTIVE))
                .isEqualTo(new StatusChange.Changed(OrganizationStatus.SUSPENDED, OrganizationStatus.ACTIVE));
    }

    @Test
    void refusalNamesTheAllowedStates() {
        StatusChange refused = StatusChange.decide(OrganizationStatus.ACTIVE, OrganizationStatus.PENDING);

        assertThat(refused).isInstanceOfSatisfying(StatusChange.Declined.class, r -> assertThat(Set.copyOf(r.refusal().allowed()))
                .isEqualTo(Set.of(OrganizationStatus.SUSPENDED, OrganizationStatus.DISSOLVED)));
    }

    @Test
    void readsOrgIdGuideIdentifiersWithAgencyAndNumberApart() {
        assertThat(OrganizationIdentifier.parse("GB-CHC-1234567"))
                .contains(new OrganizationIdentifier("GB-CHC", "1234567"));
        assertThat(OrganizationIdentifier.parse("not an identifier")).isEmpty();
        assertThatThrownBy(() -> new OrganizationIdentifier("gb-chc", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesOrganizationsWithoutRegistrationAnIdentifierInOurOwnList() {
        assertThat(OrganizationIdentifier.fallback(42)).hasToString("XM-CIVICSPACE-000042");
    }

    @Test
    void searchTextIgnoresAccentsCaseAndPunctuation() {
        assertThat(SearchText.normalize("Asociación de Primeras Damas")).isEqualTo("asociacion de primeras damas");
        assertThat(SearchText.normalize("We, The World!")).isEqualTo("we the world");
        assertThat(SearchText.ofNames("Ligue", "LDH", List.of("League"))).isEqualTo("ligue ldh league");
    }

    @Test
    void wireCodesAreLowerCaseWithDashes() {
        assertThat(OrganizationType.WOMENS_GROUP.code()).isEqualTo("womens-group");
        assertThat(Theme.fromCode("sdg-16")).isEqualTo(Theme.SDG_16);
        assertThat(Theme.values()).hasSize(20);
        assertThatThrownBy(() -> Theme.fromCode("sdg-18")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsIsoCodes() {
        assertThat(IsoCodes.isCountry("CO")).isTrue();
        assertThat(IsoCodes.isCountry("co")).isFalse();
        assertThat(IsoCodes.isCountry("XX")).isFalse();
        assertThat(IsoCodes.isLanguage("es")).isTrue();
        assertThat(IsoCodes.isLanguage("xx")).isFalse();
    }
}
