package org.civicspace.events.domain;

/**
 * Which events a list shows: by default published events that have not ended, the only listing the public gets;
 * DGC staff may also list drafts, cancelled and completed events, and those that have ended.
 */
public record EventListing(EventStatus status, When when) {

    /** Published events that have not ended: what everyone may list. */
    public static final EventListing PUBLIC = new EventListing(EventStatus.PUBLISHED, When.UPCOMING);

    /** Whether the events end after now, before it, or either. */
    public enum When {
        UPCOMING("upcoming"),
        PAST("past"),
        ALL("all");

        private final String code;

        When(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static When fromCode(String code) {
            return Codes.fromCode(When.class, When::code, code);
        }
    }

    /** The listing asked for; an absent status or time means the public default. */
    public static EventListing of(String status, String when) {
        return new EventListing(status == null ? EventStatus.PUBLISHED : EventStatus.fromCode(status),
                when == null ? When.UPCOMING : When.fromCode(when));
    }

    /** Whether anyone, not only staff, may list these events. */
    public boolean isPublic() {
        return equals(PUBLIC);
    }

    /** Past events come most recent first; the others soonest first. */
    public boolean newestFirst() {
        return when == When.PAST;
    }
}
