package org.civicspace.reprisals.retention.application;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.civicspace.reprisals.casefile.application.Erasure;
import org.civicspace.reprisals.casefile.domain.RetentionPolicy;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.commons.application.ReprisalsConfig;
import org.civicspace.reprisals.commons.domain.Actor;

import io.quarkus.scheduler.Scheduled;

/** Erases the identifying data of cases closed for longer than the retention period; their counts remain. */
@ApplicationScoped
public class RetentionSweep {

    private final EntityManager entityManager;
    private final Erasure erasure;
    private final RetentionPolicy policy;

    public RetentionSweep(EntityManager entityManager, Erasure erasure, ReprisalsConfig config) {
        this.entityManager = entityManager;
        this.erasure = erasure;
        this.policy = new RetentionPolicy(config.retentionAfterClosure());
    }

    @Scheduled(every = "${civicspace.reprisals.jobs-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        eraseExpired();
    }

    /** Erases every case past retention; returns how many. */
    @Transactional
    public int eraseExpired() {
        @SuppressWarnings("unchecked")
        List<CaseEntity> expired = entityManager.createNativeQuery("""
                SELECT * FROM reprisal_case
                WHERE status = 'CLOSED' AND erased_at IS NULL AND closed_at < ?1
                ORDER BY closed_at
                LIMIT 100
                FOR UPDATE SKIP LOCKED""", CaseEntity.class)
                .setParameter(1, policy.closedBefore(Instant.now())).getResultList();
        Instant now = Instant.now();
        expired.stream().filter(c -> policy.isDue(c.status, java.util.Optional.ofNullable(c.closedAt), now))
                .forEach(c -> erasure.eraseCase(c, Actor.SYSTEM, "retention period after closure ended"));
        return expired.size();
    }
}
