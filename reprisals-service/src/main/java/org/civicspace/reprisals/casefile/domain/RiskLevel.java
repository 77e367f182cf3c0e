package org.civicspace.reprisals.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** How much danger the person concerned is in. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** {@code low}, {@code medium}, {@code high}, {@code critical} */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static RiskLevel fromCode(String code) {
        return WireCodes.parse(RiskLevel.class, code);
    }
}
