package org.civicspace.events.meeting.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** Which events a list shows by time: those that have not ended (upcoming), those that have (past), or all. */
public enum EventPeriod {
    UPCOMING,
    PAST,
    ALL;

    /** {@code upcoming}, {@code past}, {@code all} */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    @Override
    public String toString() {
        return code();
    }

    public static EventPeriod fromCode(String code) {
        return WireCodes.parse(EventPeriod.class, code);
    }
}
