package org.civicspace.accreditation.domain;

import java.util.Arrays;
import java.util.List;

/** The seat a grounds pass takes in its organisation's quota. */
public enum PassKind {
    /** DGC: one of the six seats, open to any adult (youth included). */
    REGULAR("regular", Track.DGC),
    /** DGC: one of at most two seats for representatives aged 18 to 32 on the first day of validity. */
    YOUTH("youth", Track.DGC),
    /** ECOSOC: the chief executive or head of the organisation, one per duty station. */
    HEAD("head", Track.ECOSOC),
    /** ECOSOC: the main representative, one per duty station. */
    MAIN_REPRESENTATIVE("main-representative", Track.ECOSOC),
    /** ECOSOC: up to four additional representatives per duty station. */
    ADDITIONAL_REPRESENTATIVE("additional-representative", Track.ECOSOC);

    private final String code;
    private final Track track;

    PassKind(String code, Track track) {
        this.code = code;
        this.track = track;
    }

    public String code() {
        return code;
    }

    public Track track() {
        return track;
    }

    public static List<PassKind> of(Track track) {
        return Arrays.stream(values()).filter(k -> k.track == track).toList();
    }

    public static PassKind fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown pass kind " + code));
    }
}
