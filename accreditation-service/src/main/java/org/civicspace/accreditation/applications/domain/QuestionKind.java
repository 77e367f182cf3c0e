package org.civicspace.accreditation.applications.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** Who asks the applicant: a member State on the committee, or staff asking for a clarification at screening. */
public enum QuestionKind {
    COMMITTEE,
    CLARIFICATION;

    /** {@code committee}, {@code clarification}: on the wire and in the database. */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static QuestionKind fromCode(String code) {
        return WireCodes.parse(QuestionKind.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
