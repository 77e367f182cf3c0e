package org.civicspace.accreditation.domain;

import java.util.Arrays;

/** The two ways a CSO works with the UN through this service. A CSO may hold both. */
public enum Track {
    /** Association with the UN Department of Global Communications. */
    DGC("dgc"),
    /** Consultative status with the Economic and Social Council, in a category. */
    ECOSOC("ecosoc");

    private final String code;

    Track(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Track fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown track " + code));
    }
}
