package org.civicspace.accreditation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Committee sessions, their agendas, outcomes and summaries, and the public decisions. */
public final class SessionViews {

    private SessionViews() {
    }

    @Schema(name = "NewCommitteeSession")
    public record NewSession(
            @NotNull @Pattern(regexp = "dgc|ecosoc") String track,
            @NotBlank @Size(max = 200) @Schema(example = "NGO Committee 2027 regular session") String name,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotEmpty @Size(max = 60) @Schema(description = "Member states on the committee, ISO 3166-1 alpha-2",
                    example = "[\"CU\", \"IN\", \"US\", \"ZA\"]")
            List<@NotNull @Pattern(regexp = "[A-Z]{2}") String> memberStates) {
    }

    @Schema(name = "CommitteeSession")
    public record SessionView(UUID id, String track, String name, LocalDate startsOn, LocalDate endsOn,
            List<String> memberStates) {
    }

    @Schema(name = "AgendaItem", description = "An application on a session's agenda and what the session did with it")
    public record AgendaItem(UUID applicationId, UUID organizationId, String organizationName, String state,
            @Schema(description = "The session's last outcome for it: questions-raised, deferred, recommended, "
                    + "granted or rejected; none yet when absent") String outcome,
            int deferralCount) {
    }

    @Schema(name = "SessionSummary")
    public record SessionSummary(
            SessionView session,
            int granted,
            int rejected,
            int deferred,
            int questionsRaised,
            @Schema(description = "Active accreditations on the track after the session") long totalAccredited,
            @Schema(description = "In the style of the DGC press release",
                    example = "The DGC Civil Society Association Committee associated 14 civil society organisations "
                            + "today, bringing the total to 1,533.")
            String text,
            List<String> grantedOrganizations) {
    }

    @Schema(name = "DecisionEntry", description = "A public decision: a grant or a rejection")
    public record DecisionEntry(UUID applicationId, UUID organizationId, String organizationName, String track,
            String category, String outcome, String reasons, UUID sessionId, Instant decidedAt) {
    }
}
