package org.civicspace.accreditation.groundspass.domain;

import java.util.Arrays;
import java.util.List;

import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.platform.web.json.WireCodes;

import com.fasterxml.jackson.annotation.JsonValue;

/** The seat a grounds pass takes in its organisation's quota; {@link #code()} is the wire value. */
public enum PassKind {
    /** DGC: one of the six seats, open to any adult (youth included). */
    REGULAR(Track.DGC),
    /** DGC: one of at most two seats for representatives aged 18 to 32 on the first day of validity. */
    YOUTH(Track.DGC),
    /** ECOSOC: the chief executive or head of the organisation, one per duty station. */
    HEAD(Track.ECOSOC),
    /** ECOSOC: the main representative, one per duty station. */
    MAIN_REPRESENTATIVE(Track.ECOSOC),
    /** ECOSOC: up to four additional representatives per duty station. */
    ADDITIONAL_REPRESENTATIVE(Track.ECOSOC);

    private final Track track;

    PassKind(Track track) {
        this.track = track;
    }

    public Track track() {
        return track;
    }

    public static List<PassKind> of(Track track) {
        return Arrays.stream(values()).filter(k -> k.track == track).toList();
    }

    /** {@code regular}, {@code youth}, {@code main-representative}, ...: on the wire and in the database. */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static PassKind fromCode(String code) {
        return WireCodes.parse(PassKind.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
