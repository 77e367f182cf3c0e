package org.civicspace.events.proposal.application;

import java.time.LocalDate;
import java.util.UUID;

import org.civicspace.events.meeting.domain.UnLanguage;
import org.civicspace.events.proposal.domain.ProposalKind;

/** A briefing an organisation proposes, its title and summary in {@code language}; the date is a wish. */
public record ProposalSubmission(UUID organizationId, ProposalKind kind, String title, String summary,
        UnLanguage language, LocalDate preferredDate) {
}
