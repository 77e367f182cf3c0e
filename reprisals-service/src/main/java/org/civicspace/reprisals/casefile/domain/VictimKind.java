package org.civicspace.reprisals.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** An alleged victim is a person or an organisation. */
public enum VictimKind {
    PERSON,
    ORGANISATION;

    /** {@code person} or {@code organisation} */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static VictimKind fromCode(String code) {
        return WireCodes.parse(VictimKind.class, code);
    }
}
