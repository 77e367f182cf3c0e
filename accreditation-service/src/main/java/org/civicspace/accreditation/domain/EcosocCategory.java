package org.civicspace.accreditation.domain;

import java.util.Arrays;

/** ECOSOC consultative status categories. General and special status owe a report every four years. */
public enum EcosocCategory {
    GENERAL("general"),
    SPECIAL("special"),
    ROSTER("roster");

    private final String code;

    EcosocCategory(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean owesQuadrennialReports() {
        return this != ROSTER;
    }

    public static EcosocCategory fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown ECOSOC category " + code));
    }
}
