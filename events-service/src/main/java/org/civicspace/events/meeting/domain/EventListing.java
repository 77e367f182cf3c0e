package org.civicspace.events.meeting.domain;

/**
 * Which events a list shows: by default published events that have not ended, the only listing the public gets;
 * DGC staff may also list drafts, cancelled and completed events, and those that have ended.
 */
public record EventListing(EventStatus status, EventPeriod when) {

    /** Published events that have not ended: what everyone may list. */
    public static final EventListing PUBLIC = new EventListing(EventStatus.PUBLISHED, EventPeriod.UPCOMING);

    /** The listing asked for; an absent status or time means the public default. */
    public static EventListing of(EventStatus status, EventPeriod when) {
        return new EventListing(status == null ? EventStatus.PUBLISHED : status,
                when == null ? EventPeriod.UPCOMING : when);
    }

    /** Whether anyone, not only staff, may list these events. */
    public boolean isPublic() {
        return equals(PUBLIC);
    }

    /** Past events come most recent first; the others soonest first. */
    public boolean newestFirst() {
        return when == EventPeriod.PAST;
    }
}
