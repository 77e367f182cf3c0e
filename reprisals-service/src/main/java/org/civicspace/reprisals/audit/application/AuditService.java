package org.civicspace.reprisals.audit.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.audit.domain.AuditChain;
import org.civicspace.reprisals.commons.domain.Actor;
import org.civicspace.reprisals.commons.domain.Purpose;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.logging.Log;

/** Lets supervisors read and verify the audit log; reading and verifying are audited as well. */
@ApplicationScoped
public class AuditService {

    private final AuditLog log;

    public AuditService(AuditLog log) {
        this.log = log;
    }

    @Schema(name = "AuditEntry")
    public record Entry(
            @Schema(example = "1042") long sequence,
            Instant at,
            @Schema(description = "The subject of the account, or secure-intake", example = "case-officer-a")
            String actor,
            AuditAction action,
            UUID caseId,
            @Schema(description = "The purpose stated for reading identifying data") Purpose purpose,
            @Schema(description = "What came of it, as recorded: DONE, or a refusal or detail in the log's own "
                    + "terms (states and scopes by their constants' names, as stored and chained)",
                    example = "DONE") String outcome,
            @Schema(example = "9f2c41d07be35a18c6e0f4b2d97a3e58c1b6047fa2d9e3c85b71f06a4d2e9c13") String previousHash,
            @Schema(example = "4b7e0a93d2c6f18e5a3b9c07d4f21e6a8b5c3d90e7f1a2b4c6d8e0f13579bdf2") String hash) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AuditVerification", description = "The chain recomputed with the audit key and compared with the "
            + "database's head and the latest checkpoint outside the database")
    public record Verification(boolean intact, @Schema(example = "1042") long entriesChecked,
            @Schema(description = "The first entry where tampering shows; absent when intact", example = "977")
            Long firstBrokenSequence,
            @Schema(description = "How tampering shows; absent when intact") AuditChain.Finding finding,
            @Schema(description = "The entry that the latest checkpoint outside the database anchors; absent before "
                    + "the first checkpoint", example = "1000") Long anchoredSequence) {
    }

    @Transactional
    public List<Entry> entries(Actor actor, Optional<UUID> caseId, long after, int limit) {
        List<Entry> entries = log.entries(caseId, after, limit).stream()
                .map(e -> new Entry(e.sequence, e.at, e.actor, stored(AuditAction.class, e.action), e.caseId,
                        stored(Purpose.class, e.purpose), e.outcome, e.previousHash, e.hash))
                .toList();
        log.record(actor, AuditAction.AUDIT_LOG_READ, caseId.orElse(null));
        return entries;
    }

    /**
     * The constant an entry names, as {@link AuditLog} stored it; absent for a value the service never writes, which
     * only tampering leaves and which verification names: reading the log must not fail on it.
     */
    private static <E extends Enum<E>> E stored(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException tampered) {
            Log.warnf("audit entry with an unknown %s value; verify the chain", type.getSimpleName());
            return null;
        }
    }

    @Transactional
    public Verification verify(Actor actor) {
        AuditChain.Verification result = log.verify();
        String outcome = result.intact() ? "INTACT"
                : result.finding().orElseThrow() + "_AT:" + result.firstBrokenSequence().orElseThrow();
        if (!result.intact()) {
            Log.errorf("audit log tampered with: %s", outcome);
        }
        log.record(actor, AuditAction.AUDIT_LOG_VERIFIED, null, null, outcome);
        return new Verification(result.intact(), result.entriesChecked(), result.firstBrokenSequence().orElse(null),
                result.finding().orElse(null), result.anchoredSequence().orElse(null));
    }
}
