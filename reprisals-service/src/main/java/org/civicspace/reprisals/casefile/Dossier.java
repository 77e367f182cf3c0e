package org.civicspace.reprisals.casefile;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The identifying part of a case, stored only sealed with the case's data key. */
@Schema(name = "Dossier", description = "Identifying case data; shown only with a stated purpose")
public record Dossier(String narrative, String exactLocation, String engagementLabel, UUID eventsServiceId,
        List<CaseReport.Source> sources) {
}
