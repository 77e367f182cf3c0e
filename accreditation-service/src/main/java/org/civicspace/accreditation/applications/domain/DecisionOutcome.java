package org.civicspace.accreditation.applications.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** What the decision on an application is: each outcome is the state the application moves to. */
public enum DecisionOutcome {
    GRANTED(ApplicationState.GRANTED),
    REJECTED(ApplicationState.REJECTED);

    private final ApplicationState state;

    DecisionOutcome(ApplicationState state) {
        this.state = state;
    }

    public ApplicationState state() {
        return state;
    }

    /** {@code granted}, {@code rejected}: the same words as the states they lead to. */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static DecisionOutcome fromCode(String code) {
        return WireCodes.parse(DecisionOutcome.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
