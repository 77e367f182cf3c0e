package org.civicspace.events.meeting.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of meeting it is. A conference runs over several days, with sessions, rooms and speakers. */
@Schema(name = "EventKind")
public enum MeetingKind {
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

    public static MeetingKind fromCode(String code) {
        return WireCodes.parse(MeetingKind.class, code);
    }
}
