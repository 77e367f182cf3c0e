package org.civicspace.accreditation.applications.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.civicspace.accreditation.accreditations.domain.Track;

/**
 * The minimum requirements per track, checked at screening against the registry's read model and the
 * application's declarations. Every rule is evaluated, so staff and the applicant see every reason at once.
 */
public final class MinimumRequirements {

    /** How long an organisation must have been legally registered. */
    public static final int YEARS_REGISTERED = 2;

    private MinimumRequirements() {
    }

    /** One rule's outcome; {@code reason} says why it failed, or what satisfied it. */
    public record RuleResult(String rule, boolean passed, String reason) {
    }

    /** What the registry knows of the applicant, if anything. */
    public record RegistryFacts(boolean known, String status) {

        public static RegistryFacts unknown() {
            return new RegistryFacts(false, null);
        }
    }

    public static List<RuleResult> check(Track track, Declarations declarations, RegistryFacts registry,
            LocalDate today) {
        List<RuleResult> results = new ArrayList<>();
        results.add(inRegistry(registry));
        results.add(registeredLongEnough(declarations.legallyRegisteredOn(), today));
        results.add(declared("non-profit", declarations.nonProfit(),
                "distributes no profit to its members", "has not declared that it is non-profit"));
        results.add(declared("democratic-governance", declarations.democraticGovernance(),
                "has a democratically adopted constitution and accountable governance",
                "has not declared democratic, accountable governance"));
        results.add(declared("un-charter-and-sdgs", declarations.commitsToUnCharterAndSdgs(),
                "supports the UN Charter and the Sustainable Development Goals",
                "has not committed to the UN Charter and the Sustainable Development Goals"));
        if (track == Track.DGC) {
            results.add(communicationsCapacity(declarations));
        }
        return List.copyOf(results);
    }

    public static boolean allPassed(List<RuleResult> results) {
        return results.stream().allMatch(RuleResult::passed);
    }

    private static RuleResult inRegistry(RegistryFacts registry) {
        if (!registry.known()) {
            return new RuleResult("in-registry", false, "the organisation is not in the registry");
        }
        if (!"active".equals(registry.status())) {
            return new RuleResult("in-registry", false, "the organisation's registry status is " + registry.status()
                    + ", not active");
        }
        return new RuleResult("in-registry", true, "active in the registry");
    }

    private static RuleResult registeredLongEnough(LocalDate registeredOn, LocalDate today) {
        if (registeredOn == null) {
            return new RuleResult("registered-two-years", false, "no date of legal registration given");
        }
        LocalDate latest = today.minusYears(YEARS_REGISTERED);
        if (registeredOn.isAfter(latest)) {
            return new RuleResult("registered-two-years", false, "registered on " + registeredOn
                    + ", less than " + YEARS_REGISTERED + " years ago (needs " + latest + " or earlier)");
        }
        return new RuleResult("registered-two-years", true, "registered since " + registeredOn);
    }

    private static RuleResult declared(String rule, boolean declared, String passed, String failed) {
        return new RuleResult(rule, declared, declared ? passed : failed);
    }

    private static RuleResult communicationsCapacity(Declarations declarations) {
        List<String> missing = new ArrayList<>();
        if (declarations.website() == null || declarations.website().isBlank()) {
            missing.add("a website");
        }
        if (declarations.publications().isEmpty() && declarations.socialMedia().isEmpty()) {
            missing.add("publications or social media");
        }
        if (declarations.audience() == null || declarations.audience() <= 0) {
            missing.add("an audience");
        }
        if (!missing.isEmpty()) {
            return new RuleResult("communications-capacity", false, "no proven communications capacity: lacks "
                    + String.join(", ", missing));
        }
        return new RuleResult("communications-capacity", true, "website, " + declarations.publications().size()
                + " publications, " + declarations.socialMedia().size() + " social media accounts, audience "
                + declarations.audience());
    }
}
