package org.civicspace.reprisals.casefile.application;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The identifying part of a case, stored only sealed with the case's data key. */
@Schema(name = "Dossier", description = "Identifying case data; shown only with a stated purpose")
public record Dossier(
        @Schema(example = "Person A was questioned after speaking at the session.") String narrative,
        @Schema(example = "Example district") String exactLocation,
        @Schema(example = "Session 99, interactive dialogue") String engagementLabel,
        UUID eventsServiceId,
        List<CaseReport.Source> sources) {
}
