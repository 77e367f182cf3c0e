package org.civicspace.events.proposal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.civicspace.events.meeting.domain.UnLanguage;
import org.civicspace.events.proposal.domain.ProposalKind;
import org.civicspace.events.proposal.domain.ProposalState;

/** A proposal with the states it may move to next; {@code eventId} is the draft meeting an accepted one became. */
public record Proposal(UUID id, UUID organizationId, ProposalKind kind, String title, String summary,
        UnLanguage language, LocalDate preferredDate, ProposalState state, List<ProposalState> allowedNextStates,
        String decisionReason, UUID duplicateOf, UUID eventId, Instant submittedAt) {
}
