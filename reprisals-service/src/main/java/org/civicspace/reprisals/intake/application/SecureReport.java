package org.civicspace.reprisals.intake.application;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.civicspace.reprisals.casefile.application.CaseReport;
import org.civicspace.reprisals.consent.domain.ConsentChannel;
import org.civicspace.reprisals.consent.domain.ConsentGiver;
import org.civicspace.reprisals.consent.domain.ConsentScope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report through the secure intake, by the person concerned, a CSO or a mobile client. */
@Schema(name = "SecureReport", description = "A report through the secure intake; no account needed")
public record SecureReport(
        @Schema(example = "ZZ") @NotNull @Pattern(regexp = "[A-Z]{2}",
                message = "must be an ISO 3166-1 alpha-2 code") String country,
        @NotEmpty @Size(max = 20) List<CaseReport.@Valid @NotNull Victim> victims,
        @NotEmpty @Size(max = 50) List<CaseReport.@Valid @NotNull Act> acts,
        @NotNull @Valid CaseReport.Engagement engagement,
        @Schema(example = "Person A was questioned after speaking at the session.") @Size(max = 20000) String narrative,
        @Schema(example = "Example district") @Size(max = 500) String exactLocation,
        @Size(max = 20) List<CaseReport.@Valid @NotNull Source> sources,
        @NotNull @Valid SecureConsent consent,
        boolean immediateDanger) {

    /** The consent given by submitting: the channel is the secure intake itself. */
    @Schema(name = "SecureConsent")
    public record SecureConsent(
            @NotNull ConsentGiver givenBy,
            @Schema(description = "Must include document") @NotEmpty Set<@NotNull ConsentScope> scopes) {
    }

    public CaseReport toReport() {
        return new CaseReport(country, victims, acts, engagement, narrative, exactLocation, sources,
                new CaseReport.ConsentGiven(consent.givenBy(), ConsentChannel.SECURE_INTAKE, consent.scopes()),
                immediateDanger);
    }
}
