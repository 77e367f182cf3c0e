package org.civicspace.reprisals.consent.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** How consent was given. */
public enum ConsentChannel {
    IN_PERSON,
    PHONE,
    VIDEO_CALL,
    ENCRYPTED_MESSAGE,
    EMAIL,
    THROUGH_CIVIL_SOCIETY_ORGANISATION,
    SECURE_INTAKE;

    /** {@code in-person}, {@code encrypted-message}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static ConsentChannel fromCode(String code) {
        return WireCodes.parse(ConsentChannel.class, code);
    }
}
