package org.civicspace.notifications.notice.domain;

import org.civicspace.platform.web.json.WireCodes;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a notice tells, each with its own texts (templates named after the code). {@code mailed} says whether the
 * notice also leaves as e-mail or stays in the in-app inbox only.
 */
public enum NoticeKind {

    APPLICATION_QUESTION_RAISED(true),
    APPLICATION_DEFERRED(true),
    APPLICATION_REJECTED(true),
    GROUNDS_PASS_ISSUED(true),
    GROUNDS_PASS_REVOKED(true),
    REGISTRATION_CONFIRMED(true),
    REGISTRATION_WAITLISTED(true),
    REGISTRATION_PROMOTED(true),
    REGISTRATION_CANCELLED(true),
    PROPOSAL_ACCEPTED(true),
    /** In-app only: a reprisal case's alert never travels by e-mail, which leaves our systems. */
    CASE_FIRST_RESPONSE_OVERDUE(false);

    private final boolean mailed;

    NoticeKind(boolean mailed) {
        this.mailed = mailed;
    }

    public boolean mailed() {
        return mailed;
    }

    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static NoticeKind fromCode(String code) {
        return WireCodes.parse(NoticeKind.class, code);
    }
}
