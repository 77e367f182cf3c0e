package org.civicspace.accreditation.accreditations.domain;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/**
 * Where an accreditation stands, and in {@link #allowedNext()} the only changes: staff suspend an active one and
 * reinstate a suspended one; staff or the organisation withdraw either, for good.
 */
public enum AccreditationStatus {
    ACTIVE,
    SUSPENDED,
    WITHDRAWN;

    public Set<AccreditationStatus> allowedNext() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(SUSPENDED, WITHDRAWN);
            case SUSPENDED -> EnumSet.of(ACTIVE, WITHDRAWN);
            case WITHDRAWN -> EnumSet.noneOf(AccreditationStatus.class);
        };
    }

    public boolean mayMoveTo(AccreditationStatus next) {
        return allowedNext().contains(next);
    }

    /** {@code active}, {@code suspended}, {@code withdrawn}: on the wire and in the database. */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static AccreditationStatus fromCode(String code) {
        return WireCodes.parse(AccreditationStatus.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
