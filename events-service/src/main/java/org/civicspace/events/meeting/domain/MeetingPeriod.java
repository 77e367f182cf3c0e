package org.civicspace.events.meeting.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which meetings a list shows by time: those that have not ended (upcoming), those that have (past), or all. */
@Schema(name = "EventPeriod")
public enum MeetingPeriod {
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

    public static MeetingPeriod fromCode(String code) {
        return WireCodes.parse(MeetingPeriod.class, code);
    }
}
