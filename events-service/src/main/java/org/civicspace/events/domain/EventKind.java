package org.civicspace.events.domain;

/** What kind of gathering an event is. A conference runs over several days, with sessions, rooms and speakers. */
public enum EventKind {
    THEMATIC_BRIEFING("thematic-briefing"),
    CAPACITY_BUILDING("capacity-building"),
    ORIENTATION("orientation"),
    CONFERENCE("conference");

    private final String code;

    EventKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static EventKind fromCode(String code) {
        return Codes.fromCode(EventKind.class, EventKind::code, code);
    }
}
