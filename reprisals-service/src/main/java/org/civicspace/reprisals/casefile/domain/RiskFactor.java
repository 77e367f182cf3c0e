package org.civicspace.reprisals.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** What a risk assessment found; a closed list, so no free text with personal data reaches plaintext columns. */
public enum RiskFactor {
    SELF_REPORTED_IMMEDIATE_DANGER,
    PRIOR_THREATS,
    STATE_ACTOR_INVOLVED,
    DETENTION_RISK,
    PHYSICAL_VIOLENCE,
    ONGOING_SURVEILLANCE,
    PUBLIC_SMEAR_CAMPAIGN,
    RELATIVES_EXPOSED,
    UPCOMING_UN_ENGAGEMENT,
    NO_SUPPORT_NETWORK;

    /** {@code prior-threats}, {@code detention-risk}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static RiskFactor fromCode(String code) {
        return WireCodes.parse(RiskFactor.class, code);
    }
}
