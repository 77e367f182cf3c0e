package org.civicspace.reprisals.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** How a case is included in the Secretary-General's annual report on reprisals: naming the person, or not. */
public enum AnnualReportInclusion {
    NAMED,
    ANONYMOUS;

    /** {@code named} or {@code anonymous} */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static AnnualReportInclusion fromCode(String code) {
        return WireCodes.parse(AnnualReportInclusion.class, code);
    }
}
