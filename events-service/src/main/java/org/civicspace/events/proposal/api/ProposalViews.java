package org.civicspace.events.proposal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicspace.events.meeting.domain.UnLanguage;
import org.civicspace.events.proposal.application.Proposal;
import org.civicspace.events.proposal.application.ProposalSubmission;
import org.civicspace.events.proposal.application.Review;
import org.civicspace.events.proposal.domain.ProposalKind;
import org.civicspace.events.proposal.domain.ProposalState;
import org.civicspace.events.proposal.domain.ReviewStep;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Briefing proposals as the API takes and shows them. */
public final class ProposalViews {

    private static final String SUMMARY = "How communities in small island states adapt to climate-driven "
            + "migration, with speakers from three regional networks.";

    private ProposalViews() {
    }

    @Schema(name = "NewProposal")
    public record NewProposal(
            @NotNull UUID organizationId,
            @NotNull @Schema(example = "thematic-briefing") ProposalKind kind,
            @NotBlank @Size(max = 300) @Schema(example = "Climate migration and local adaptation") String title,
            @NotBlank @Size(max = 10000) @Schema(example = SUMMARY) String summary,
            @NotNull @Schema(description = "The language of the title and summary", example = "en")
            UnLanguage language,
            @Future LocalDate preferredDate) {

        /** The proposal as the application takes it. */
        public ProposalSubmission submission() {
            return new ProposalSubmission(organizationId, kind, title, summary, language, preferredDate);
        }
    }

    @Schema(name = "ProposalDecision")
    public record Decision(
            @NotNull @Schema(example = "rejected") ReviewStep state,
            @Size(max = 4000) @Schema(description = "Required for a rejection",
                    example = "The topic is covered by the briefing already planned for March") String reason,
            @Schema(description = "For a duplicate: the proposal it repeats") UUID duplicateOf) {

        /** The review step as the application takes it. */
        public Review review() {
            return new Review(state, reason, duplicateOf);
        }
    }

    @Schema(name = "Proposal")
    public record ProposalView(UUID id, UUID organizationId,
            @Schema(example = "thematic-briefing") ProposalKind kind,
            @Schema(example = "Climate migration and local adaptation") String title,
            @Schema(example = SUMMARY) String summary,
            @Schema(example = "en") UnLanguage language,
            LocalDate preferredDate,
            @Schema(example = "under-review") ProposalState state,
            @Schema(example = "[\"accepted\", \"rejected\", \"withdrawn\", \"duplicate\"]")
            List<ProposalState> allowedNextStates,
            @Schema(description = "The reason of a rejection, or why it was withdrawn", nullable = true,
                    example = "The topic is covered by the briefing already planned for March") String decisionReason,
            UUID duplicateOf,
            @Schema(description = "The draft event made when it was accepted", nullable = true) UUID eventId,
            Instant submittedAt) {

        public static ProposalView of(Proposal p) {
            return new ProposalView(p.id(), p.organizationId(), p.kind(), p.title(), p.summary(), p.language(),
                    p.preferredDate(), p.state(), p.allowedNextStates(), p.decisionReason(), p.duplicateOf(),
                    p.eventId(), p.submittedAt());
        }
    }
}
