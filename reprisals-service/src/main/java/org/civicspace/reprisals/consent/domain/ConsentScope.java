package org.civicspace.reprisals.consent.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** What a person concerned agreed that OHCHR may do with the information about them. */
public enum ConsentScope {
    /** Record and keep the case; without it nothing identifying is held. */
    DOCUMENT,
    /** Share the case with OHCHR colleagues beyond the officer who took it. */
    SHARE_WITHIN_OHCHR,
    /** Raise the case with the State concerned (including urgent appeals). */
    RAISE_WITH_STATE,
    /** Share with other UN entities (referrals, protection flags). */
    SHARE_WITH_UN_ENTITIES,
    /** Include in the Secretary-General's annual report on reprisals, by name. */
    SG_REPORT_NAMED,
    /** Include in the Secretary-General's annual report, without a name. */
    SG_REPORT_ANONYMOUS;

    /** {@code document}, {@code raise-with-state}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static ConsentScope fromCode(String code) {
        return WireCodes.parse(ConsentScope.class, code);
    }
}
