package org.civicspace.events.proposal.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/**
 * The states DGC staff move a proposal to when they review it: under review, accepted, rejected, or a duplicate of
 * another. Submitted is where a proposal starts, and withdrawing has an operation of its own.
 */
public enum ReviewStep {
    UNDER_REVIEW(ProposalState.UNDER_REVIEW),
    ACCEPTED(ProposalState.ACCEPTED),
    REJECTED(ProposalState.REJECTED),
    DUPLICATE(ProposalState.DUPLICATE);

    private final ProposalState state;

    ReviewStep(ProposalState state) {
        this.state = state;
    }

    /** The proposal's state after this step. */
    public ProposalState state() {
        return state;
    }

    /** {@code under-review}, {@code accepted}, {@code rejected}, {@code duplicate}: the codes of their states */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    @Override
    public String toString() {
        return code();
    }

    public static ReviewStep fromCode(String code) {
        return WireCodes.parse(ReviewStep.class, code);
    }
}
