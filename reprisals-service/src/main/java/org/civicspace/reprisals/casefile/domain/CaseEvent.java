package org.civicspace.reprisals.casefile.domain;

import java.time.Instant;
import java.util.UUID;

/** What happened to a case, in the past tense; each carries only the case's publishable facts. */
public sealed interface CaseEvent {

    UUID eventId();

    CaseFacts facts();

    Instant occurredAt();

    default UUID aggregateId() {
        return facts().caseId();
    }

    record CaseReported(UUID eventId, CaseFacts facts, Instant occurredAt) implements CaseEvent {
    }

    record CaseStatusChanged(UUID eventId, CaseFacts facts, Instant occurredAt) implements CaseEvent {
    }

    record RiskAssessed(UUID eventId, CaseFacts facts, Instant occurredAt) implements CaseEvent {
    }

    record FirstResponseOverdue(UUID eventId, CaseFacts facts, Instant occurredAt) implements CaseEvent {
    }

    static CaseReported reported(CaseFacts facts) {
        return new CaseReported(UUID.randomUUID(), facts, Instant.now());
    }

    static CaseStatusChanged statusChanged(CaseFacts facts) {
        return new CaseStatusChanged(UUID.randomUUID(), facts, Instant.now());
    }

    static RiskAssessed riskAssessed(CaseFacts facts) {
        return new RiskAssessed(UUID.randomUUID(), facts, Instant.now());
    }

    static FirstResponseOverdue firstResponseOverdue(CaseFacts facts) {
        return new FirstResponseOverdue(UUID.randomUUID(), facts, Instant.now());
    }
}
