package org.civicspace.reprisals.casefile.domain;

import java.util.EnumSet;
import java.util.Set;

/** Progress of a protective measure: planned, under way, then done or dropped. */
public enum MeasureStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    public Set<MeasureStatus> allowedNext() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(MeasureStatus.class);
        };
    }
}
