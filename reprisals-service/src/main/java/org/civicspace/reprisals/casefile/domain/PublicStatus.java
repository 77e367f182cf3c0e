package org.civicspace.reprisals.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** The status shown to whoever holds a case's follow-up secret. */
public enum PublicStatus {
    RECEIVED,
    IN_PROGRESS,
    CLOSED;

    /** {@code received}, {@code in-progress}, {@code closed} */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static PublicStatus fromCode(String code) {
        return WireCodes.parse(PublicStatus.class, code);
    }
}
