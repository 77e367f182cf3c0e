package org.civicspace.accreditation.committee.application;

import java.time.Instant;
import java.util.UUID;

import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.applications.domain.DecisionOutcome;

/** A grant or a rejection, as it is made public: the organisation by its registry name when the read model has it. */
public record PublicDecision(UUID applicationId, UUID organizationId, String organizationName, Track track,
        EcosocCategory category, DecisionOutcome outcome, String reasons, UUID sessionId, Instant decidedAt) {
}
