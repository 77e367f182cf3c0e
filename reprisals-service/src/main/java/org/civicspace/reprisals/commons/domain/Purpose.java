package org.civicspace.reprisals.commons.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/**
 * Why someone asks to see identifying data. Stating it is required to see names, contacts, locations and the
 * narrative, and it is written to the audit log; a closed list, so no free text (and no personal data) reaches it.
 */
public enum Purpose {
    RISK_ASSESSMENT,
    PROTECTION_PLANNING,
    CONTACT_WITH_PERSON_CONCERNED,
    VERIFICATION_OF_INFORMATION,
    SUPERVISORY_REVIEW;

    /** {@code risk-assessment}, {@code protection-planning}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static Purpose fromCode(String code) {
        return WireCodes.parse(Purpose.class, code);
    }
}
