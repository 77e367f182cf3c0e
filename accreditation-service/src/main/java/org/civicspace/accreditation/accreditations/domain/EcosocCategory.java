package org.civicspace.accreditation.accreditations.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** ECOSOC consultative status categories. General and special status owe a report every four years. */
public enum EcosocCategory {
    GENERAL,
    SPECIAL,
    ROSTER;

    public boolean owesQuadrennialReports() {
        return this != ROSTER;
    }

    /** {@code general}, {@code special}, {@code roster}: on the wire and in the database. */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static EcosocCategory fromCode(String code) {
        return WireCodes.parse(EcosocCategory.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
