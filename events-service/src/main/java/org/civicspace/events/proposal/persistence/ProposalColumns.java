package org.civicspace.events.proposal.persistence;

import org.civicspace.events.meeting.domain.UnLanguage;
import org.civicspace.events.proposal.domain.ProposalKind;
import org.civicspace.events.proposal.domain.ProposalState;
import org.civicspace.platform.web.json.WireCodeColumn;

/**
 * Keeps a proposal's kind, state and language in its text column as its wire code, which is what these columns have
 * always held: queries and indexes compare those texts. One converter per enum, as JPA wants a converter class per
 * type.
 */
public final class ProposalColumns {

    private ProposalColumns() {
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
}
