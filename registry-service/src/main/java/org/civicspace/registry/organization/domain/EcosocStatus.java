package org.civicspace.registry.organization.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** The categories of ECOSOC consultative status. */
public enum EcosocStatus {
    GENERAL,
    SPECIAL,
    ROSTER;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    public static EcosocStatus fromCode(String code) {
        return Codes.parse(EcosocStatus.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
