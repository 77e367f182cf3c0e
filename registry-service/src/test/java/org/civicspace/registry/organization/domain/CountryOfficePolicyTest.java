package org.civicspace.registry.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;

import org.civicspace.platform.domain.Refusal;
import org.civicspace.registry.organization.domain.CountryOfficePolicy.Parent;
import org.junit.jupiter.api.Test;

class CountryOfficePolicyTest {

    private static final UUID HEADQUARTERS = UUID.randomUUID();
    private static final UUID OFFICE = UUID.randomUUID();
    private static final Optional<Parent> AN_INTERNATIONAL_HEADQUARTERS =
            Optional.of(new Parent(OrganizationType.INTERNATIONAL_NGO, false));

    @Test
    void anOfficeOfAnInternationalHeadquartersIsAllowed() {
        assertThat(CountryOfficePolicy.check(HEADQUARTERS, OFFICE, AN_INTERNATIONAL_HEADQUARTERS, false)).isEmpty();
    }

    @Test
    void refusesEachBrokenConditionOnParentId() {
        assertThat(CountryOfficePolicy.check(OFFICE, OFFICE, AN_INTERNATIONAL_HEADQUARTERS, false))
                .contains(new Refusal.Invalid("parentId", "an organisation cannot be its own headquarters"));
        assertThat(CountryOfficePolicy.check(HEADQUARTERS, OFFICE, Optional.empty(), false))
                .contains(new Refusal.Invalid("parentId", "no organisation with this id"));
        assertThat(CountryOfficePolicy.check(HEADQUARTERS, OFFICE,
                Optional.of(new Parent(OrganizationType.NATIONAL_NGO, false)), false))
                .contains(new Refusal.Invalid("parentId", "must be an international NGO"));
        assertThat(CountryOfficePolicy.check(HEADQUARTERS, OFFICE,
                Optional.of(new Parent(OrganizationType.INTERNATIONAL_NGO, true)), false))
                .contains(new Refusal.Invalid("parentId", "must be a headquarters, not itself a country office"));
        assertThat(CountryOfficePolicy.check(HEADQUARTERS, OFFICE, AN_INTERNATIONAL_HEADQUARTERS, true))
                .contains(new Refusal.Invalid("parentId", "an organisation with country offices is a headquarters"));
    }
}
