package org.civicspace.accreditation.transparency.api;

import java.time.Instant;
import java.util.UUID;

import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.applications.domain.DecisionOutcome;
import org.civicspace.accreditation.committee.application.PublicDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A public decision, as the decision feeds tell it. */
@Schema(name = "DecisionEntry", description = "A public decision: a grant or a rejection")
public record DecisionEntry(UUID applicationId, UUID organizationId,
        @Schema(example = "Cancer Aid Society") String organizationName,
        @Schema(example = "ecosoc") Track track,
        @Schema(description = "ECOSOC only", example = "special") EcosocCategory category,
        @Schema(example = "granted") DecisionOutcome outcome,
        @Schema(example = "Meets the minimum requirements; the committee recommended special consultative status.")
        String reasons,
        UUID sessionId, Instant decidedAt) {

    public static DecisionEntry of(PublicDecision d) {
        return new DecisionEntry(d.applicationId(), d.organizationId(), d.organizationName(), d.track(), d.category(),
                d.outcome(), d.reasons(), d.sessionId(), d.decidedAt());
    }
}
