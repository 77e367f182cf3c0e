package org.civicspace.registry.organization.domain;

import java.util.Optional;
import java.util.UUID;

import org.civicspace.platform.domain.Refusal;

/**
 * Who may be a country office's headquarters: an international NGO that is itself a headquarters (not an office of
 * another), never the office itself, and only for an organisation that has no offices of its own.
 */
public final class CountryOfficePolicy {

    /** What the rule needs to know of the named headquarters. */
    public record Parent(OrganizationType type, boolean isCountryOffice) {
    }

    private CountryOfficePolicy() {
    }

    /**
     * @param parentId  the headquarters the organisation names
     * @param officeId  the organisation (the would-be country office)
     * @param parent    the named headquarters as the registry holds it; empty when there is none with that id
     * @param hasOffices whether the organisation is itself the headquarters of country offices
     * @return empty when allowed, else the refusal of {@code parentId}
     */
    public static Optional<Refusal> check(UUID parentId, UUID officeId, Optional<Parent> parent, boolean hasOffices) {
        if (parentId.equals(officeId)) {
            return refuse("an organisation cannot be its own headquarters");
        }
        if (parent.isEmpty()) {
            return refuse("no organisation with this id");
        }
        if (parent.get().type() != OrganizationType.INTERNATIONAL_NGO) {
            return refuse("must be an international NGO");
        }
        if (parent.get().isCountryOffice()) {
            return refuse("must be a headquarters, not itself a country office");
        }
        if (hasOffices) {
            return refuse("an organisation with country offices is a headquarters");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String message) {
        return Optional.of(new Refusal.Invalid("parentId", message));
    }
}
