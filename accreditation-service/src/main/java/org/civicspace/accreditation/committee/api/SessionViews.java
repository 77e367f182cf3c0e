package org.civicspace.accreditation.committee.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.accreditation.committee.application.AgendaEntry;
import org.civicspace.accreditation.committee.application.ScheduleSession;
import org.civicspace.accreditation.committee.application.SessionDetails;
import org.civicspace.accreditation.committee.application.SessionOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Committee sessions, their agendas, outcomes and summaries. */
public final class SessionViews {

    private SessionViews() {
    }

    @Schema(name = "NewCommitteeSession")
    public record NewSession(
            @NotNull @Schema(example = "ecosoc") Track track,
            @NotBlank @Size(max = 200) @Schema(example = "NGO Committee 2027 regular session") String name,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotEmpty @Size(max = 60) @Schema(description = "Member states on the committee, ISO 3166-1 alpha-2",
                    example = "[\"CU\", \"IN\", \"US\", \"ZA\"]")
            List<@NotNull @Pattern(regexp = "[A-Z]{2}") String> memberStates) {

        public ScheduleSession toCommand() {
            return new ScheduleSession(track, name, startsOn, endsOn, memberStates);
        }
    }

    @Schema(name = "CommitteeSession")
    public record SessionView(UUID id, @Schema(example = "ecosoc") Track track,
            @Schema(example = "NGO Committee 2027 regular session") String name, LocalDate startsOn, LocalDate endsOn,
            @Schema(example = "[\"CU\", \"IN\", \"US\", \"ZA\"]") List<String> memberStates) {

        public static SessionView of(SessionDetails s) {
            return new SessionView(s.id(), s.track(), s.name(), s.startsOn(), s.endsOn(), s.memberStates());
        }
    }

    @Schema(name = "CommitteeAgendaItem",
            description = "An application on a session's agenda and what the session did with it")
    public record AgendaItem(UUID applicationId, UUID organizationId,
            @Schema(example = "Cancer Aid Society") String organizationName,
            @Schema(description = "The application's current state", example = "deferred") ApplicationState state,
            @Schema(description = "The session's last outcome for it: questions-raised, deferred, recommended, "
                    + "granted or rejected; none yet when absent", example = "deferred") ApplicationState outcome,
            @Schema(example = "1") int deferralCount) {

        public static AgendaItem of(AgendaEntry a) {
            return new AgendaItem(a.applicationId(), a.organizationId(), a.organizationName(), a.state(),
                    a.outcome(), a.deferralCount());
        }
    }

    @Schema(name = "CommitteeSessionSummary")
    public record SessionSummary(
            SessionView session,
            @Schema(example = "14") int granted,
            @Schema(example = "2") int rejected,
            @Schema(example = "37") int deferred,
            @Schema(example = "112") int questionsRaised,
            @Schema(description = "Active accreditations on the track after the session", example = "1533")
            long totalAccredited,
            @Schema(description = "In the style of the DGC press release",
                    example = "The DGC Civil Society Association Committee associated 14 civil society organisations "
                            + "today, bringing the total to 1,533.")
            String text,
            @Schema(example = "[\"Cancer Aid Society\", \"Peace Through Education South Asia\"]")
            List<String> grantedOrganizations) {

        public static SessionSummary of(SessionOutcome o) {
            return new SessionSummary(SessionView.of(o.session()), o.granted(), o.rejected(), o.deferred(),
                    o.questionsRaised(), o.totalAccredited(), o.text(), o.grantedOrganizations());
        }
    }
}
