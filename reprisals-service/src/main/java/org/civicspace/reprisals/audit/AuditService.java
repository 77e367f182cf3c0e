package org.civicspace.reprisals.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.audit.domain.AuditChain;
import org.civicspace.reprisals.domain.Actor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.logging.Log;

/** Lets supervisors read and verify the audit log; reading and verifying are audited as well. */
@ApplicationScoped
public class AuditService {

    private final AuditLog log;

    public AuditService(AuditLog log) {
        this.log = log;
    }

    @Schema(name = "AuditEntry")
    public record Entry(long sequence, Instant at, String actor, String action, UUID caseId, String purpose,
            String outcome, String previousHash, String hash) {
    }

    @Schema(name = "AuditVerification")
    public record Verification(boolean intact, long entriesChecked, Long firstBrokenSequence) {
    }

    @Transactional
    public List<Entry> entries(Actor actor, Optional<UUID> caseId, long after, int limit) {
        List<Entry> entries = log.entries(caseId, after, limit).stream()
                .map(e -> new Entry(e.sequence, e.at, e.actor, e.action, e.caseId, e.purpose, e.outcome,
                        e.previousHash, e.hash))
                .toList();
        log.record(actor, AuditAction.AUDIT_LOG_READ, caseId.orElse(null));
        return entries;
    }

    @Transactional
    public Verification verify(Actor actor) {
        AuditChain.Verification result = log.verify();
        if (!result.intact()) {
            Log.errorf("audit log chain broken at entry %d", result.firstBrokenSequence().orElse(-1L));
        }
        log.record(actor, AuditAction.AUDIT_LOG_VERIFIED, null, null, result.intact() ? "INTACT"
                : "BROKEN_AT:" + result.firstBrokenSequence().orElse(-1L));
        return new Verification(result.intact(), result.entriesChecked(), result.firstBrokenSequence().orElse(null));
    }
}
