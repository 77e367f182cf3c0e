package org.civicspace.registry.organization.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** The categories of ECOSOC consultative status. */
public enum EcosocStatus {
    GENERAL,
    SPECIAL,
    ROSTER;

    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static EcosocStatus fromCode(String code) {
        return WireCodes.parse(EcosocStatus.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
