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

    private ProposalViews() {
    }

    @Schema(name = "NewProposal")
    public record NewProposal(
            @NotNull UUID organizationId,
            @NotNull @Pattern(regexp = "thematic-briefing|capacity-building") String kind,
            @NotBlank @Size(max = 300) @Schema(example = "Climate migration and local adaptation") String title,
            @NotBlank @Size(max = 10000) String summary,
            @NotNull @Pattern(regexp = EventViews.LANGUAGE) @Schema(example = "en") String language,
            @Future LocalDate preferredDate) {
    }

    @Schema(name = "ProposalDecision")
    public record Decision(
            @NotNull @Pattern(regexp = "under-review|accepted|rejected|duplicate") String state,
            @Size(max = 4000) @Schema(description = "Required for a rejection") String reason,
            @Schema(description = "For a duplicate: the proposal it repeats") UUID duplicateOf) {
    }

    @Schema(name = "Proposal")
    public record ProposalView(UUID id, UUID organizationId, String kind, String title, String summary,
            String language, LocalDate preferredDate, String state, List<String> allowedNextStates,
            String decisionReason, UUID duplicateOf, UUID eventId, Instant submittedAt) {
    }
}
