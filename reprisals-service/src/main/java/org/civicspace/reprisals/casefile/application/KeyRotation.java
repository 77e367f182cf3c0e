package org.civicspace.reprisals.casefile.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.commons.domain.Actor;
import org.civicspace.reprisals.crypto.application.Envelopes;
import org.civicspace.reprisals.crypto.domain.WrappedKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.logging.Log;

/**
 * Key rotation: re-wraps every case's data key that is still under an older master key with the active one. The
 * ciphertexts do not change; once this has run, the old master key can be removed from configuration.
 */
@ApplicationScoped
public class KeyRotation {

    private static final int BATCH = 200;

    private final Envelopes envelopes;
    private final AuditLog audit;

    public KeyRotation(Envelopes envelopes, AuditLog audit) {
        this.envelopes = envelopes;
        this.audit = audit;
    }

    /** The outcome of a rotation run. */
    @Schema(name = "KeyRotationResult")
    public record Result(@Schema(description = "The master key every data key is now wrapped under",
            example = "master-2026-03") String activeKeyId,
            @Schema(description = "Data keys re-wrapped in this run", example = "318") int rewrapped) {
    }

    @Transactional
    public Result rotate(Actor actor) {
        int rewrapped = 0;
        List<CaseEntity> batch;
        do {
            batch = CaseEntity.<CaseEntity>find("wrappedDataKey is not null and dataKeyId <> ?1",
                    envelopes.activeKeyId()).page(0, BATCH).list();
            for (CaseEntity c : batch) {
                String from = c.dataKeyId;
                WrappedKey rewrappedKey = envelopes.rewrap(c.id, new WrappedKey(c.dataKeyId, c.wrappedDataKey));
                c.dataKeyId = rewrappedKey.keyId();
                c.wrappedDataKey = rewrappedKey.wrapped();
                audit.record(actor, AuditAction.DATA_KEY_REWRAPPED, c.id, null, from + "->" + c.dataKeyId);
                rewrapped++;
            }
            CaseEntity.flush();
        } while (batch.size() == BATCH);
        Log.infof("%d data keys re-wrapped under master key %s", rewrapped, envelopes.activeKeyId());
        return new Result(envelopes.activeKeyId(), rewrapped);
    }
}
