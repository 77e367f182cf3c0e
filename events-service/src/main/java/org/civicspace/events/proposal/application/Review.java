package org.civicspace.events.proposal.application;

import java.util.UUID;

import org.civicspace.events.proposal.domain.ReviewStep;

/** Staff's step in reviewing a proposal: a rejection needs a reason, a duplicate the proposal it repeats. */
public record Review(ReviewStep step, String reason, UUID duplicateOf) {
}
