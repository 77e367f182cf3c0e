package org.civicspace.reprisals.duplicates.domain;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** A possible duplicate referred to the supervisors: open until one of them links the two cases or dismisses it. */
public enum ReferralStatus {
    OPEN,
    /** The two cases are about the same person; the supervisor decides who works on them. */
    LINKED,
    /** Not the same person, or not worth joining. */
    DISMISSED;

    /** {@code open}, {@code linked}, {@code dismissed} */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static ReferralStatus fromCode(String code) {
        return WireCodes.parse(ReferralStatus.class, code);
    }

    public Set<ReferralStatus> allowedNext() {
        return this == OPEN ? EnumSet.of(LINKED, DISMISSED) : EnumSet.noneOf(ReferralStatus.class);
    }
}
