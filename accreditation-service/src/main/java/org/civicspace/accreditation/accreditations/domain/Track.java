package org.civicspace.accreditation.accreditations.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** The two ways a CSO works with the UN through this service. A CSO may hold both. */
public enum Track {
    /** Association with the UN Department of Global Communications. */
    DGC,
    /** Consultative status with the Economic and Social Council, in a category. */
    ECOSOC;

    /** {@code dgc}, {@code ecosoc}: on the wire and in the database. */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static Track fromCode(String code) {
        return WireCodes.parse(Track.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
