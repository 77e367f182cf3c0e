package org.civicspace.reprisals.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** What a follow-up action is about, without free text. */
public enum FollowUpKind {
    CHECK_IN_WITH_PERSON_CONCERNED,
    VERIFY_INFORMATION,
    REASSESS_RISK,
    CHASE_STATE_REPLY,
    REVIEW_MEASURE;

    /** {@code check-in-with-person-concerned}, {@code review-measure}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static FollowUpKind fromCode(String code) {
        return WireCodes.parse(FollowUpKind.class, code);
    }
}
