package org.civicspace.reprisals.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** The kinds of reprisal acts the Secretary-General's report distinguishes. */
public enum ActType {
    INTIMIDATION,
    THREATS,
    TRAVEL_BAN_OR_VISA_DENIAL,
    ARREST_OR_DETENTION,
    SMEAR_CAMPAIGN,
    ONLINE_HARASSMENT,
    SURVEILLANCE,
    PHYSICAL_ATTACK,
    LEGAL_OR_ADMINISTRATIVE_HARASSMENT,
    REPRISALS_AGAINST_RELATIVES;

    /** {@code intimidation}, {@code travel-ban-or-visa-denial}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static ActType fromCode(String code) {
        return WireCodes.parse(ActType.class, code);
    }
}
