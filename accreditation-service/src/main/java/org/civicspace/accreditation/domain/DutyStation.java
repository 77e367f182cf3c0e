package org.civicspace.accreditation.domain;

import java.util.Arrays;

/** The UN duty stations for which grounds passes are issued. DGC passes are for New York only. */
public enum DutyStation {
    NEW_YORK("new-york"),
    GENEVA("geneva"),
    VIENNA("vienna");

    private final String code;

    DutyStation(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DutyStation fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown duty station " + code));
    }
}
