package org.civicspace.events.meeting.domain;

/**
 * Which meetings a list shows: by default published meetings that have not ended, the only listing the public gets;
 * DGC staff may also list drafts, cancelled and completed meetings, and those that have ended.
 */
public record MeetingListing(MeetingStatus status, MeetingPeriod when) {

    /** Published events that have not ended: what everyone may list. */
    public static final MeetingListing PUBLIC = new MeetingListing(MeetingStatus.PUBLISHED, MeetingPeriod.UPCOMING);

    /** The listing asked for; an absent status or time means the public default. */
    public static MeetingListing of(MeetingStatus status, MeetingPeriod when) {
        return new MeetingListing(status == null ? MeetingStatus.PUBLISHED : status,
                when == null ? MeetingPeriod.UPCOMING : when);
    }

    /** Whether anyone, not only staff, may list these events. */
    public boolean isPublic() {
        return equals(PUBLIC);
    }

    /** Past events come most recent first; the others soonest first. */
    public boolean newestFirst() {
        return when == MeetingPeriod.PAST;
    }
}
