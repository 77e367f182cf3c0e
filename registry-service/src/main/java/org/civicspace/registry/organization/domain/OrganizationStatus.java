package org.civicspace.registry.organization.domain;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/**
 * Where an organisation stands in the registry, and the only moves allowed between those states: a pending
 * registration is activated or dissolved; an active organisation may be suspended and reinstated; dissolution is
 * final.
 */
public enum OrganizationStatus {
    PENDING,
    ACTIVE,
    SUSPENDED,
    DISSOLVED;

    /** The states this one may move to. */
    public Set<OrganizationStatus> allowedNext() {
        return switch (this) {
            case PENDING -> EnumSet.of(ACTIVE, DISSOLVED);
            case ACTIVE -> EnumSet.of(SUSPENDED, DISSOLVED);
            case SUSPENDED -> EnumSet.of(ACTIVE, DISSOLVED);
            case DISSOLVED -> EnumSet.noneOf(OrganizationStatus.class);
        };
    }

    public boolean mayBecome(OrganizationStatus next) {
        return allowedNext().contains(next);
    }

    /** Whether the public sees the organisation at all: a registration is public once it was reviewed. */
    public boolean isPublic() {
        return this != PENDING;
    }

    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static OrganizationStatus fromCode(String code) {
        return WireCodes.parse(OrganizationStatus.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
