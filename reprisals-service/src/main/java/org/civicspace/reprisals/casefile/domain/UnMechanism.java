package org.civicspace.reprisals.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** The kind of UN engagement that triggered the reprisal. */
public enum UnMechanism {
    HUMAN_RIGHTS_COUNCIL,
    UNIVERSAL_PERIODIC_REVIEW,
    TREATY_BODY,
    SPECIAL_PROCEDURE,
    UN_EVENT,
    UN_FIELD_PRESENCE;

    /** {@code human-rights-council}, {@code treaty-body}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static UnMechanism fromCode(String code) {
        return WireCodes.parse(UnMechanism.class, code);
    }
}
