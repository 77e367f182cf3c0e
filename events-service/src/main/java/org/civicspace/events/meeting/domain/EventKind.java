package org.civicspace.events.meeting.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** What kind of gathering an event is. A conference runs over several days, with sessions, rooms and speakers. */
public enum EventKind {
    THEMATIC_BRIEFING,
    CAPACITY_BUILDING,
    ORIENTATION,
    CONFERENCE;

    /** {@code thematic-briefing}, {@code capacity-building}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    @Override
    public String toString() {
        return code();
    }

    public static EventKind fromCode(String code) {
        return WireCodes.parse(EventKind.class, code);
    }
}
