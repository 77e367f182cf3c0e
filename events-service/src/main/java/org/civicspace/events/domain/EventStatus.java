package org.civicspace.events.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** draft → published → completed; draft or published → cancelled (which notifies every registrant). */
public enum EventStatus {
    DRAFT("draft"),
    PUBLISHED("published"),
    COMPLETED("completed"),
    CANCELLED("cancelled");

    private static final Map<EventStatus, Set<EventStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(PUBLISHED, CANCELLED),
            PUBLISHED, EnumSet.of(COMPLETED, CANCELLED),
            COMPLETED, EnumSet.noneOf(EventStatus.class),
            CANCELLED, EnumSet.noneOf(EventStatus.class));

    private final String code;

    EventStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Set<EventStatus> allowedNext() {
        return NEXT.get(this);
    }

    public boolean mayMoveTo(EventStatus next) {
        return allowedNext().contains(next);
    }

    @Override
    public String toString() {
        return code;
    }

    public static EventStatus fromCode(String code) {
        return Codes.fromCode(EventStatus.class, EventStatus::code, code);
    }
}
