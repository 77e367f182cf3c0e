package org.civicspace.registry.organization.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** The part a person plays for their organisation at the UN. */
public enum RepresentativeRole {
    /** The organisation's main contact with the UN. */
    FOCAL_POINT,
    REPRESENTATIVE,
    /** A representative aged 18 to 32. */
    YOUTH_REPRESENTATIVE,
    EXECUTIVE_HEAD;

    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static RepresentativeRole fromCode(String code) {
        return WireCodes.parse(RepresentativeRole.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
