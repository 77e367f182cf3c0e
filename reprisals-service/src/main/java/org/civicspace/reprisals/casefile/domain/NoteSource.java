package org.civicspace.reprisals.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** Who added a note to a case: its officers, or the reporter through the secure follow-up. */
public enum NoteSource {
    CASE_OFFICER,
    SECURE_FOLLOW_UP;

    /** {@code case-officer} or {@code secure-follow-up} */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static NoteSource fromCode(String code) {
        return WireCodes.parse(NoteSource.class, code);
    }
}
