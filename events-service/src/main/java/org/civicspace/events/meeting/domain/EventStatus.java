package org.civicspace.events.meeting.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** draft → published → completed; draft or published → cancelled (which notifies every registrant). */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    COMPLETED,
    CANCELLED;

    private static final Map<EventStatus, Set<EventStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(PUBLISHED, CANCELLED),
            PUBLISHED, EnumSet.of(COMPLETED, CANCELLED),
            COMPLETED, EnumSet.noneOf(EventStatus.class),
            CANCELLED, EnumSet.noneOf(EventStatus.class));

    /** {@code draft}, {@code published}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public Set<EventStatus> allowedNext() {
        return NEXT.get(this);
    }

    public boolean mayMoveTo(EventStatus next) {
        return allowedNext().contains(next);
    }

    @Override
    public String toString() {
        return code();
    }

    public static EventStatus fromCode(String code) {
        return WireCodes.parse(EventStatus.class, code);
    }
}
