package org.civicspace.reprisals.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** Who is alleged to have acted, by category only. */
public enum PerpetratorCategory {
    STATE_AUTHORITIES,
    SECURITY_FORCES,
    JUDICIARY,
    NON_STATE_ARMED_GROUP,
    PRIVATE_ACTOR,
    UNKNOWN;

    /** {@code state-authorities}, {@code non-state-armed-group}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static PerpetratorCategory fromCode(String code) {
        return WireCodes.parse(PerpetratorCategory.class, code);
    }
}
