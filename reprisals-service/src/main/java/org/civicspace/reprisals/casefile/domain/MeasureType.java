package org.civicspace.reprisals.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** Protective measures and interventions; which consent each needs is decided by the consent policy. */
public enum MeasureType {
    CONTACT_WITH_PERSON_CONCERNED,
    RAISE_WITH_STATE,
    URGENT_APPEAL,
    RELOCATION_REFERRAL,
    DIGITAL_SECURITY_REFERRAL;

    /** {@code raise-with-state}, {@code urgent-appeal}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static MeasureType fromCode(String code) {
        return WireCodes.parse(MeasureType.class, code);
    }
}
