package org.civicspace.accreditation.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.applications.domain.MinimumRequirements.RegistryFacts;
import org.civicspace.accreditation.applications.domain.MinimumRequirements.RuleResult;
import org.junit.jupiter.api.Test;

class MinimumRequirementsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final RegistryFacts ACTIVE = new RegistryFacts(true, "active");

    static Declarations complete(LocalDate registeredOn) {
        return new Declarations(registeredOn, true, true, true, "https://example.org", List.of("Annual report"),
                List.of(), 1000);
    }

    @Test
    void passesAnEligibleDgcApplicant() {
        List<RuleResult> results = MinimumRequirements.check(Track.DGC, complete(LocalDate.of(2010, 1, 1)), ACTIVE,
                TODAY);

        assertThat(results).extracting(RuleResult::rule).containsExactly("in-registry", "registered-two-years",
                "non-profit", "democratic-governance", "un-charter-and-sdgs", "communications-capacity");
        assertThat(MinimumRequirements.allPassed(results)).isTrue();
    }

    @Test
    void needsTwoFullYearsOfRegistration() {
        assertThat(rule(Track.ECOSOC, complete(TODAY.minusYears(2)), ACTIVE, "registered-two-years").passed()).isTrue();
        RuleResult tooRecent = rule(Track.ECOSOC, complete(TODAY.minusYears(2).plusDays(1)), ACTIVE,
                "registered-two-years");
        assertThat(tooRecent.passed()).isFalse();
        assertThat(tooRecent.reason()).contains("less than 2 years");
    }

    @Test
    void showsEveryFailedRuleWithItsReason() {
        Declarations weak = new Declarations(null, false, false, false, null, List.of(), List.of(), null);

        List<RuleResult> failed = MinimumRequirements.check(Track.DGC, weak, RegistryFacts.unknown(), TODAY).stream()
                .filter(r -> !r.passed()).toList();

        assertThat(failed).hasSize(6);
        assertThat(failed).filteredOn(r -> r.rule().equals("communications-capacity")).singleElement()
                .extracting(RuleResult::reason).asString()
                .contains("a website", "publications or social media", "an audience");
        assertThat(failed).filteredOn(r -> r.rule().equals("in-registry")).singleElement()
                .extracting(RuleResult::reason).asString().contains("not in the registry");
    }

    @Test
    void asksCommunicationsCapacityOfDgcApplicantsOnly() {
        Declarations silent = new Declarations(LocalDate.of(2010, 1, 1), true, true, true, null, List.of(), List.of(),
                null);
        assertThat(MinimumRequirements.allPassed(MinimumRequirements.check(Track.ECOSOC, silent, ACTIVE, TODAY)))
                .isTrue();
        assertThat(MinimumRequirements.allPassed(MinimumRequirements.check(Track.DGC, silent, ACTIVE, TODAY)))
                .isFalse();
    }

    @Test
    void refusesAnOrganizationTheRegistryHasNotActivated() {
        assertThat(rule(Track.DGC, complete(LocalDate.of(2010, 1, 1)), new RegistryFacts(true, "suspended"),
                "in-registry").reason()).contains("suspended");
    }

    static RuleResult rule(Track track, Declarations declarations, RegistryFacts facts, String rule) {
        return MinimumRequirements.check(track, declarations, facts, TODAY).stream()
                .filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }
}
