package org.civicspace.events.persistence;

import org.civicspace.events.domain.EventKind;
import org.civicspace.events.domain.EventStatus;
import org.civicspace.events.domain.ProposalKind;
import org.civicspace.events.domain.ProposalState;
import org.civicspace.events.domain.RegistrationStatus;
import org.civicspace.events.domain.UnLanguage;
import org.civicspace.events.domain.VenueMode;
import org.civicspace.platform.web.json.WireCodeColumn;

/**
 * Keeps an enum in its text column as its wire code ({@code under-review}, {@code no-show}), which is what these
 * columns have always held: queries, indexes and the partial unique index on live registrations compare those
 * texts. One converter per enum, as JPA wants a converter class per type.
 */
public final class EnumColumns {

    private EnumColumns() {
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

    /** {@link ProposalKind} as its code. */
    public static class ProposalKindColumn extends WireCodeColumn<ProposalKind> {
        public ProposalKindColumn() {
            super(ProposalKind.class);
        }
    }

    /** {@link ProposalState} as its code. */
    public static class ProposalStateColumn extends WireCodeColumn<ProposalState> {
        public ProposalStateColumn() {
            super(ProposalState.class);
        }
    }

    /** {@link UnLanguage} as its code. */
    public static class UnLanguageColumn extends WireCodeColumn<UnLanguage> {
        public UnLanguageColumn() {
            super(UnLanguage.class);
        }
    }

    /** {@link RegistrationStatus} as its code. */
    public static class RegistrationStatusColumn extends WireCodeColumn<RegistrationStatus> {
        public RegistrationStatusColumn() {
            super(RegistrationStatus.class);
        }
    }
}
