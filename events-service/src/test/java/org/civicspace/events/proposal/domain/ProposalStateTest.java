package org.civicspace.events.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProposalStateTest {

    @Test
    void acceptsOnlyAProposalUnderReviewAndMarksItADuplicateUntilThen() {
        assertThat(ProposalState.SUBMITTED.mayMoveTo(ProposalState.ACCEPTED)).isFalse();
        assertThat(ProposalState.UNDER_REVIEW.allowedNext()).contains(ProposalState.ACCEPTED, ProposalState.DUPLICATE);
    }
}
