package org.civicspace.events.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A briefing proposed by an associated CSO: submitted → under review → accepted (it becomes a draft event led by
 * that CSO) or rejected with a reason; withdrawn by the CSO, or marked a duplicate of another proposal, until then.
 */
public enum ProposalState {
    SUBMITTED("submitted"),
    UNDER_REVIEW("under-review"),
    ACCEPTED("accepted"),
    REJECTED("rejected"),
    WITHDRAWN("withdrawn"),
    DUPLICATE("duplicate");

    private static final Map<ProposalState, Set<ProposalState>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(UNDER_REVIEW, WITHDRAWN, DUPLICATE),
            UNDER_REVIEW, EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN, DUPLICATE),
            ACCEPTED, EnumSet.noneOf(ProposalState.class),
            REJECTED, EnumSet.noneOf(ProposalState.class),
            WITHDRAWN, EnumSet.noneOf(ProposalState.class),
            DUPLICATE, EnumSet.noneOf(ProposalState.class));

    private final String code;

    ProposalState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Set<ProposalState> allowedNext() {
        return NEXT.get(this);
    }

    public boolean mayMoveTo(ProposalState next) {
        return allowedNext().contains(next);
    }

    public boolean isOpen() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }

    @Override
    public String toString() {
        return code;
    }

    public static ProposalState fromCode(String code) {
        return Codes.fromCode(ProposalState.class, ProposalState::code, code);
    }
}
