package org.civicspace.reprisals.duplicates.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** What a supervisor decides about an open referral: the statuses a referral may move to, and only those. */
public enum ReferralDecision {
    LINKED(ReferralStatus.LINKED),
    DISMISSED(ReferralStatus.DISMISSED);

    private final ReferralStatus status;

    ReferralDecision(ReferralStatus status) {
        this.status = status;
    }

    /** The status the referral takes. */
    public ReferralStatus status() {
        return status;
    }

    /** {@code linked} or {@code dismissed} */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static ReferralDecision fromCode(String code) {
        return WireCodes.parse(ReferralDecision.class, code);
    }
}
