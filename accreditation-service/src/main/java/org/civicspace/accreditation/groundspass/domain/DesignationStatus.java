package org.civicspace.accreditation.groundspass.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** A grounds pass designation is issued until it is revoked, which frees its seat. */
public enum DesignationStatus {
    ISSUED,
    REVOKED;

    /** {@code issued}, {@code revoked}: on the wire and in the database. */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static DesignationStatus fromCode(String code) {
        return WireCodes.parse(DesignationStatus.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
