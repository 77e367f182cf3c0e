package org.civicspace.events.meeting.persistence;

import org.civicspace.events.meeting.domain.EventKind;
import org.civicspace.events.meeting.domain.EventStatus;
import org.civicspace.events.meeting.domain.VenueMode;
import org.civicspace.platform.web.json.WireCodeColumn;

/**
 * Keeps a meeting's kind, status and venue mode in its text column as its wire code, which is what these columns have
 * always held: queries and indexes compare those texts. One converter per enum, as JPA wants a converter class per
 * type.
 */
public final class MeetingColumns {

    private MeetingColumns() {
    }

    /** {@link EventKind} as its code. */
    public static class EventKindColumn extends WireCodeColumn<EventKind> {
        public EventKindColumn() {
            super(EventKind.class);
        }
    }

    /** {@link EventStatus} as its code. */
    public static class EventStatusColumn extends WireCodeColumn<EventStatus> {
        public EventStatusColumn() {
            super(EventStatus.class);
        }
    }

    /** {@link VenueMode} as its code. */
    public static class VenueModeColumn extends WireCodeColumn<VenueMode> {
        public VenueModeColumn() {
            super(VenueMode.class);
        }
    }
}
