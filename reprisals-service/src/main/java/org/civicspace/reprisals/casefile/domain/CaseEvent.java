package org.civicspace.reprisals.casefile.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What happened to a case, in the past tense; each carries only the case's publishable facts, and the overdue alert
 * also the usernames of the officers it is for.
 */
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

    /**
     * The first response is overdue. {@code assignedOfficers} are the usernames of the officers assigned to the case
     * (staff, who must be alerted), never anything about the person concerned.
     */
    record FirstResponseOverdue(UUID eventId, CaseFacts facts, List<String> assignedOfficers, Instant occurredAt)
            implements CaseEvent {

        public FirstResponseOverdue {
            assignedOfficers = List.copyOf(assignedOfficers);
        }
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

    static FirstResponseOverdue firstResponseOverdue(CaseFacts facts, List<String> assignedOfficers) {
        return new FirstResponseOverdue(UUID.randomUUID(), facts, assignedOfficers, Instant.now());
    }
}
