package org.civicspace.reprisals.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** How far a source of information can be relied on. */
public enum SourceReliability {
    CONFIRMED,
    RELIABLE,
    PARTLY_RELIABLE,
    UNVERIFIED;

    /** {@code confirmed}, {@code partly-reliable}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static SourceReliability fromCode(String code) {
        return WireCodes.parse(SourceReliability.class, code);
    }
}
