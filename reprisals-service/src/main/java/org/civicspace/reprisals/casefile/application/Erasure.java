package org.civicspace.reprisals.casefile.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.casefile.persistence.NoteEntity;
import org.civicspace.reprisals.casefile.persistence.VictimEntity;
import org.civicspace.reprisals.commons.domain.Actor;

import io.quarkus.logging.Log;

/**
 * Erases identifying data by crypto-shredding: the wrapped data key goes, and the ciphertexts with it, so nothing
 * can ever be decrypted again even from a backup of these rows. The case's non-identifying facts stay for counts.
 */
@ApplicationScoped
public class Erasure {

    private final EntityManager entityManager;
    private final AuditLog audit;

    public Erasure(EntityManager entityManager, AuditLog audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** Erases everything identifying about the case; {@code reason} goes to the audit log. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseCase(CaseEntity caseEntity, Actor actor, String reason) {
        if (caseEntity.isErased()) {
            return;
        }
        Instant now = Instant.now();
        caseEntity.wrappedDataKey = null;
        caseEntity.dataKeyId = null;
        caseEntity.sealedDossier = null;
        caseEntity.followUpSecretHash = null;
        caseEntity.erasedAt = now;
        caseEntity.touch(now);
        VictimEntity.ofCase(caseEntity.id).forEach(victim -> eraseVictimRecord(victim, now));
        NoteEntity.delete("caseId", caseEntity.id);
        deleteBlindIndexOfCase(caseEntity);
        audit.record(actor, AuditAction.IDENTIFYING_DATA_ERASED, caseEntity.id, null, "CASE:" + reason);
        Log.infof("identifying data of case %s erased (%s)", caseEntity.id, reason);
    }

    /** Erases what identifies one alleged victim, leaving the rest of the case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseVictim(CaseEntity caseEntity, VictimEntity victim, Actor actor, String reason) {
        Instant now = Instant.now();
        eraseVictimRecord(victim, now);
        caseEntity.touch(now);
        audit.record(actor, AuditAction.IDENTIFYING_DATA_ERASED, caseEntity.id, null, "VICTIM:" + reason);
        Log.infof("identifying data of victim %s of case %s erased (%s)", victim.id, caseEntity.id, reason);
    }

    private void eraseVictimRecord(VictimEntity victim, Instant now) {
        victim.sealed = null;
        if (victim.erasedAt == null) {
            victim.erasedAt = now;
        }
        entityManager.createNativeQuery("DELETE FROM victim_blind_index WHERE victim_id = ?1")
                .setParameter(1, victim.id).executeUpdate();
    }

    private void deleteBlindIndexOfCase(CaseEntity caseEntity) {
        entityManager.createNativeQuery("DELETE FROM victim_blind_index WHERE case_id = ?1")
                .setParameter(1, caseEntity.id).executeUpdate();
    }
}
