package org.civicspace.registry.organization.domain;

import com.fasterxml.jackson.annotation.JsonValue;

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
        return Codes.of(this);
    }

    public static RepresentativeRole fromCode(String code) {
        return Codes.parse(RepresentativeRole.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
