package org.civicspace.reprisals.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** How a case reached OHCHR. */
public enum IntakeChannel {
    CASE_OFFICER,
    SECURE_INTAKE;

    /** {@code case-officer} or {@code secure-intake} */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static IntakeChannel fromCode(String code) {
        return WireCodes.parse(IntakeChannel.class, code);
    }
}
