package org.civicspace.reprisals.consent.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** Who gave consent on behalf of an alleged victim (never their name). */
public enum ConsentGiver {
    PERSON_CONCERNED,
    LEGAL_REPRESENTATIVE,
    FAMILY_MEMBER,
    ORGANISATION_CONCERNED,
    CIVIL_SOCIETY_ORGANISATION;

    /** {@code person-concerned}, {@code legal-representative}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static ConsentGiver fromCode(String code) {
        return WireCodes.parse(ConsentGiver.class, code);
    }
}
