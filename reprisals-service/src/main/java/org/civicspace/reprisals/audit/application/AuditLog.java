package org.civicspace.reprisals.audit.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.audit.domain.AuditChain;
import org.civicspace.reprisals.audit.domain.AuditRecord;
import org.civicspace.reprisals.audit.messaging.AuditCheckpoints;
import org.civicspace.reprisals.audit.persistence.AuditEntryEntity;
import org.civicspace.reprisals.commons.application.ReprisalsConfig;
import org.civicspace.reprisals.commons.domain.Actor;
import org.civicspace.reprisals.commons.domain.Purpose;

import io.quarkus.scheduler.Scheduled;

/**
 * Appends to the MAC-chained audit log in the transaction of the action it records, so an action and its entry
 * commit together. Appends are serialised by locking the chain's head row: the chain has one order. The head is
 * anchored outside the database every {@code checkpoint-entries} entries and, when it moved, every
 * {@code checkpoint-every}.
 */
@ApplicationScoped
public class AuditLog {

    /** The outcome of an action that was carried out. */
    public static final String DONE = "DONE";
    private static final int VERIFY_BATCH = 1000;

    private final EntityManager entityManager;
    private final AuditChain chain;
    private final AuditCheckpoints checkpoints;
    private final int checkpointEntries;

    public AuditLog(EntityManager entityManager, AuditChain chain, AuditCheckpoints checkpoints,
            ReprisalsConfig config) {
        this.entityManager = entityManager;
        this.chain = chain;
        this.checkpoints = checkpoints;
        this.checkpointEntries = config.audit().checkpointEntries();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, UUID caseId, Purpose purpose, String outcome) {
        Object[] head = (Object[]) entityManager
                .createNativeQuery("SELECT last_sequence, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        long sequence = ((Number) head[0]).longValue() + 1;
        String previousHash = (String) head[1];
        // millisecond precision survives the round trip through timestamptz unchanged, so the hash can be recomputed
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AuditRecord record = new AuditRecord(sequence, at, actor.subject(), action.name(), caseId,
                purpose == null ? null : purpose.name(), outcome);
        AuditEntryEntity entry = new AuditEntryEntity();
        entry.sequence = sequence;
        entry.at = at;
        entry.actor = record.actor();
        entry.action = record.action();
        entry.caseId = caseId;
        entry.purpose = record.purpose();
        entry.outcome = outcome;
        entry.previousHash = previousHash;
        entry.hash = chain.mac(previousHash, record);
        entry.keyed = true;
        entry.persist();
        boolean anchor = sequence % checkpointEntries == 0;
        entityManager.createNativeQuery("""
                UPDATE audit_head SET last_sequence = ?1, last_hash = ?2,
                  anchored_sequence = CASE WHEN ?3 THEN ?1 ELSE anchored_sequence END
                WHERE id = 1""")
                .setParameter(1, sequence).setParameter(2, entry.hash).setParameter(3, anchor).executeUpdate();
        if (anchor) {
            checkpoints.publish(sequence, entry.hash);
        }
    }

    /** Anchors the head outside the database if it moved since the last checkpoint. */
    @Scheduled(every = "${civicspace.reprisals.audit.checkpoint-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void checkpointIfMoved() {
        Object[] head = (Object[]) entityManager.createNativeQuery("""
                SELECT last_sequence, last_hash FROM audit_head
                WHERE id = 1 AND last_sequence > anchored_sequence FOR UPDATE""").getResultStream().findFirst()
                .orElse(null);
        if (head == null) {
            return;
        }
        long sequence = ((Number) head[0]).longValue();
        checkpoints.publish(sequence, (String) head[1]);
        entityManager.createNativeQuery("UPDATE audit_head SET anchored_sequence = ?1 WHERE id = 1")
                .setParameter(1, sequence).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, UUID caseId) {
        record(actor, action, caseId, null, DONE);
    }

    /**
     * Recomputes the whole chain from its first entry up to the head, and compares its end with the head and with
     * the latest checkpoint read back from outside the database. The checkpoint is read first, then the head, then
     * the entries, so an append committed meanwhile never looks like tampering.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditChain.Verification verify() {
        Optional<AuditChain.Anchor> anchor = checkpoints.latest();
        Object[] head = (Object[]) entityManager
                .createNativeQuery("SELECT last_sequence, last_hash FROM audit_head WHERE id = 1").getSingleResult();
        AuditChain.Anchor headAnchor = new AuditChain.Anchor(((Number) head[0]).longValue(), (String) head[1]);
        List<AuditChain.Link> links = new ArrayList<>();
        long after = 0;
        List<AuditEntryEntity> batch;
        do {
            batch = AuditEntryEntity.<AuditEntryEntity>find("sequence > ?1 and sequence <= ?2 order by sequence",
                    after, headAnchor.sequence()).page(0, VERIFY_BATCH).list();
            for (AuditEntryEntity entry : batch) {
                links.add(entry.link());
                after = entry.sequence;
                entityManager.detach(entry);
            }
        } while (batch.size() == VERIFY_BATCH);
        return chain.verify(links, headAnchor, anchor);
    }

    /** Entries after sequence {@code after}, oldest first, optionally only those about one case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AuditEntryEntity> entries(Optional<UUID> caseId, long after, int limit) {
        return caseId
                .map(id -> AuditEntryEntity.<AuditEntryEntity>find(
                        "caseId = ?1 and sequence > ?2 order by sequence", id, after))
                .orElseGet(() -> AuditEntryEntity.find("sequence > ?1 order by sequence", after))
                .page(0, limit).list();
    }
}
