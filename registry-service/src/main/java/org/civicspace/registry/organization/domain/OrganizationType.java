package org.civicspace.registry.organization.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** The kinds of civil society organisation the registry knows; {@link #code()} is the wire value. */
public enum OrganizationType {
    INTERNATIONAL_NGO,
    NATIONAL_NGO,
    COMMUNITY_BASED_ORGANIZATION,
    SOCIAL_MOVEMENT,
    FAITH_BASED_ORGANIZATION,
    ADVOCACY_GROUP,
    TRADE_UNION,
    WOMENS_GROUP,
    PROFESSIONAL_VOLUNTARY_ASSOCIATION,
    FOUNDATION,
    INDEPENDENT_MEDIA,
    SOCIAL_NETWORK,
    THINK_TANK_OR_RESEARCH_INSTITUTE,
    ACADEMIC_INSTITUTION;

    /** {@code international-ngo}, {@code womens-group}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static OrganizationType fromCode(String code) {
        return WireCodes.parse(OrganizationType.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
