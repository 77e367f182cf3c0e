package org.civicspace.accreditation.applications.application;

import java.time.Instant;
import java.util.UUID;

import org.civicspace.accreditation.applications.domain.ApplicationState;

/** One step of an application's history: who moved it, from where to where, when and why. */
public record HistoryStep(ApplicationState fromState, ApplicationState toState, String actor, String reason,
        UUID sessionId, Instant occurredAt) {
}
