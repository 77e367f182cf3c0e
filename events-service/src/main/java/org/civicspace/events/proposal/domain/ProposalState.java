package org.civicspace.events.proposal.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/**
 * A briefing proposed by an associated CSO: submitted → under review → accepted (it becomes a draft event led by
 * that CSO) or rejected with a reason; withdrawn by the CSO, or marked a duplicate of another proposal, until then.
 */
public enum ProposalState {
    SUBMITTED,
    UNDER_REVIEW,
    ACCEPTED,
    REJECTED,
    WITHDRAWN,
    DUPLICATE;

    private static final Map<ProposalState, Set<ProposalState>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(UNDER_REVIEW, WITHDRAWN, DUPLICATE),
            UNDER_REVIEW, EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN, DUPLICATE),
            ACCEPTED, EnumSet.noneOf(ProposalState.class),
            REJECTED, EnumSet.noneOf(ProposalState.class),
            WITHDRAWN, EnumSet.noneOf(ProposalState.class),
            DUPLICATE, EnumSet.noneOf(ProposalState.class));

    /** The states a proposal is open in: it may still be withdrawn, or marked a duplicate. */
    public static final Set<ProposalState> OPEN = EnumSet.of(SUBMITTED, UNDER_REVIEW);

    /** {@code submitted}, {@code under-review}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public Set<ProposalState> allowedNext() {
        return NEXT.get(this);
    }

    public boolean mayMoveTo(ProposalState next) {
        return allowedNext().contains(next);
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    @Override
    public String toString() {
        return code();
    }

    public static ProposalState fromCode(String code) {
        return WireCodes.parse(ProposalState.class, code);
    }
}
