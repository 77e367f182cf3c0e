package org.civicspace.reprisals.casefile.domain;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** Progress of a protective measure: planned, under way, then done or dropped. */
public enum MeasureStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    /** {@code planned}, {@code in-progress}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static MeasureStatus fromCode(String code) {
        return WireCodes.parse(MeasureStatus.class, code);
    }

    public Set<MeasureStatus> allowedNext() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(MeasureStatus.class);
        };
    }
}
