package org.civicspace.events.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
            @NotNull @Pattern(regexp = "thematic-briefing|capacity-building") @Schema(example = "thematic-briefing")
            String kind,
            @NotBlank @Size(max = 300) @Schema(example = "Climate migration and local adaptation") String title,
            @NotBlank @Size(max = 10000) @Schema(example = SUMMARY) String summary,
            @NotNull @Pattern(regexp = EventViews.LANGUAGE) @Schema(example = "en") String language,
            @Future LocalDate preferredDate) {
    }

    @Schema(name = "ProposalDecision")
    public record Decision(
            @NotNull @Pattern(regexp = "under-review|accepted|rejected|duplicate") @Schema(example = "rejected")
            String state,
            @Size(max = 4000) @Schema(description = "Required for a rejection",
                    example = "The topic is covered by the briefing already planned for March") String reason,
            @Schema(description = "For a duplicate: the proposal it repeats") UUID duplicateOf) {
    }

    @Schema(name = "Proposal")
    public record ProposalView(UUID id, UUID organizationId,
            @Schema(example = "thematic-briefing") String kind,
            @Schema(example = "Climate migration and local adaptation") String title,
            @Schema(example = SUMMARY) String summary,
            @Schema(example = "en") String language,
            LocalDate preferredDate,
            @Schema(example = "under-review") String state,
            @Schema(example = "[\"accepted\", \"rejected\", \"duplicate\", \"withdrawn\"]")
            List<String> allowedNextStates,
            @Schema(description = "The reason of a rejection, or why it was withdrawn", nullable = true,
                    example = "The topic is covered by the briefing already planned for March") String decisionReason,
            UUID duplicateOf,
            @Schema(description = "The draft event made when it was accepted", nullable = true) UUID eventId,
            Instant submittedAt) {
    }
}
