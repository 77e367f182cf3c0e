package org.civicspace.reprisals.casefile.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.civicspace.reprisals.casefile.domain.ActType;
import org.civicspace.reprisals.casefile.domain.PerpetratorCategory;
import org.civicspace.reprisals.casefile.domain.SourceReliability;
import org.civicspace.reprisals.casefile.domain.UnMechanism;
import org.civicspace.reprisals.casefile.domain.VictimKind;
import org.civicspace.reprisals.consent.domain.ConsentChannel;
import org.civicspace.reprisals.consent.domain.ConsentGiver;
import org.civicspace.reprisals.consent.domain.ConsentScope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report of reprisals as a case officer records it: who, what, where, which UN engagement, and the consent. */
@Schema(name = "CaseReport", description = "A new case. Names, contacts, exact locations, the narrative and the "
        + "sources are encrypted before they are stored.")
public record CaseReport(
        @Schema(description = "The State concerned, ISO 3166-1 alpha-2", example = "ZZ")
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull Victim> victims,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Act> acts,
        @NotNull @Valid Engagement engagement,
        @Schema(example = "Person A was questioned after speaking at the session.") @Size(max = 20000) String narrative,
        @Schema(example = "Example district") @Size(max = 500) String exactLocation,
        @Size(max = 20) List<@Valid @NotNull Source> sources,
        @NotNull @Valid ConsentGiven consent,
        @Schema(description = "The person concerned is in immediate danger: the case starts as critical and must get a "
                + "first response within the deadline") boolean immediateDanger) {

    /** An alleged victim; all but the kind is identifying and encrypted. */
    @Schema(name = "Victim")
    public record Victim(
            @NotNull VictimKind kind,
            @Schema(example = "Person A") @NotBlank @Size(max = 300) String name,
            @Schema(example = "contact-a@example.invalid") @Size(max = 300) String contact,
            @Schema(example = "Example town") @Size(max = 300) String exactLocation,
            @Schema(description = "The registry id of this person, representative or organisation, if known",
                    example = "00000000-0000-4000-8000-000000000001") UUID registryId) {
    }

    /** One act of reprisal. */
    @Schema(name = "Act")
    public record Act(
            @NotNull ActType type,
            @NotNull @PastOrPresent LocalDate occurredOn,
            @Schema(example = "ZZ") @NotNull @Pattern(regexp = "[A-Z]{2}",
                    message = "must be an ISO 3166-1 alpha-2 code") String country,
            @NotNull PerpetratorCategory perpetrator) {
    }

    /** The UN engagement that triggered the reprisal. */
    @Schema(name = "Engagement")
    public record Engagement(
            @NotNull UnMechanism mechanism,
            @Schema(example = "Session 99, interactive dialogue") @Size(max = 300) String label,
            @Schema(description = "The events-service id of the UN event, if any",
                    example = "00000000-0000-4000-8000-000000000002") UUID eventsServiceId) {
    }

    /** A source of information and how reliable it is. */
    @Schema(name = "Source")
    public record Source(
            @Schema(example = "Partner organisation X") @NotBlank @Size(max = 1000) String description,
            @NotNull SourceReliability reliability) {
    }

    /** The informed consent given with the report; it applies to every alleged victim of the report. */
    @Schema(name = "ConsentGiven")
    public record ConsentGiven(
            @NotNull ConsentGiver givenBy,
            @NotNull ConsentChannel channel,
            @Schema(description = "Must include document") @NotEmpty Set<@NotNull ConsentScope> scopes) {
    }
}
