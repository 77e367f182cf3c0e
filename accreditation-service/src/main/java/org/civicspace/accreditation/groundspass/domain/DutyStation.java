package org.civicspace.accreditation.groundspass.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** The UN duty stations for which grounds passes are issued. DGC passes are for New York only. */
public enum DutyStation {
    NEW_YORK,
    GENEVA,
    VIENNA;

    /** {@code new-york}, {@code geneva}, {@code vienna}: on the wire and in the database. */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static DutyStation fromCode(String code) {
        return WireCodes.parse(DutyStation.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
