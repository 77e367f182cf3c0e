package org.civicspace.events.meeting.persistence;

import org.civicspace.events.meeting.domain.MeetingKind;
import org.civicspace.events.meeting.domain.MeetingStatus;
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

    /** {@link MeetingKind} as its code. */
    public static class MeetingKindColumn extends WireCodeColumn<MeetingKind> {
        public MeetingKindColumn() {
            super(MeetingKind.class);
        }
    }

    /** {@link MeetingStatus} as its code. */
    public static class MeetingStatusColumn extends WireCodeColumn<MeetingStatus> {
        public MeetingStatusColumn() {
            super(MeetingStatus.class);
        }
    }

    /** {@link VenueMode} as its code. */
    public static class VenueModeColumn extends WireCodeColumn<VenueMode> {
        public VenueModeColumn() {
            super(VenueMode.class);
        }
    }
}
