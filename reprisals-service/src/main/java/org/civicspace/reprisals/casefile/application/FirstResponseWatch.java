package org.civicspace.reprisals.casefile.application;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.domain.CaseEvent;
import org.civicspace.reprisals.casefile.messaging.CaseEventPublisher;
import org.civicspace.reprisals.casefile.persistence.AssignmentEntity;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.commons.domain.Actor;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Watches the first-response deadline of critical cases: each case that passes it without a response raises one
 * alert event, once, naming the officers assigned to it (their usernames) so that they and the supervisors hear it. Replicas share the work through row locks that skip each other.
 */
@ApplicationScoped
public class FirstResponseWatch {

    private final EntityManager entityManager;
    private final CaseEventPublisher events;
    private final AuditLog audit;

    public FirstResponseWatch(EntityManager entityManager, CaseEventPublisher events, AuditLog audit) {
        this.entityManager = entityManager;
        this.events = events;
        this.audit = audit;
    }

    @Scheduled(every = "${civicspace.reprisals.jobs-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        int alerted = alertOverdue();
        if (alerted > 0) {
            Log.debugf("%d first-response alerts raised", alerted);
        }
    }

    /** Raises the alert for every case newly overdue; returns how many. */
    @Transactional
    public int alertOverdue() {
        @SuppressWarnings("unchecked")
        List<CaseEntity> overdue = entityManager.createNativeQuery("""
                SELECT * FROM reprisal_case
                WHERE first_response_at IS NULL AND first_response_due_at < now() AND overdue_alerted_at IS NULL
                  AND status <> 'CLOSED'
                ORDER BY first_response_due_at
                LIMIT 100
                FOR UPDATE SKIP LOCKED""", CaseEntity.class).getResultList();
        Instant now = Instant.now();
        for (CaseEntity c : overdue) {
            c.overdueAlertedAt = now;
            events.publish(CaseEvent.firstResponseOverdue(c.facts(), AssignmentEntity.officersOf(c.id)));
            audit.record(Actor.SYSTEM, AuditAction.FIRST_RESPONSE_OVERDUE_ALERTED, c.id);
            Log.warnf("first response to critical case %s is overdue since %s", c.id, c.firstResponseDueAt);
        }
        return overdue.size();
    }
}
