package org.civicspace.reprisals.duplicates.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.platform.domain.Outcome;
import org.civicspace.platform.domain.Refusal;
import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.commons.domain.Actor;
import org.civicspace.reprisals.duplicates.domain.ReferralStatus;
import org.civicspace.reprisals.duplicates.persistence.DuplicateReferralEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Possible duplicates that the reporter of a case may not be told about: a match with a case outside their
 * need-to-know would tell them that such a case exists, so it goes, audited, to the supervisors, who see every case
 * and decide whether the two are linked.
 */
@ApplicationScoped
public class DuplicateReferrals {

    private final AuditLog audit;

    public DuplicateReferrals(AuditLog audit) {
        this.audit = audit;
    }

    @Schema(name = "DuplicateReferral")
    public record Referral(UUID id, UUID caseId, UUID matchingCaseId, Instant referredAt, ReferralStatus status,
            @Schema(description = "The supervisor who decided; absent while open", example = "supervisor-b")
            String decidedBy,
            Instant decidedAt) {

        static Referral of(DuplicateReferralEntity e) {
            return new Referral(e.id, e.caseId, e.matchingCaseId, e.referredAt, e.status, e.decidedBy, e.decidedAt);
        }
    }

    /** Refers each of {@code hiddenMatches} with the new case {@code caseId}; the reporter learns nothing of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refer(Actor reporter, UUID caseId, Collection<UUID> hiddenMatches) {
        Instant now = Instant.now();
        for (UUID match : hiddenMatches) {
            DuplicateReferralEntity referral = new DuplicateReferralEntity();
            referral.id = UUID.randomUUID();
            referral.caseId = caseId;
            referral.matchingCaseId = match;
            referral.referredAt = now;
            referral.status = ReferralStatus.OPEN;
            referral.persist();
            audit.record(reporter, AuditAction.DUPLICATE_REFERRED, caseId, null, "TO_SUPERVISORS:" + referral.id);
        }
    }

    /** The referrals in {@code status}, oldest first, after {@code after}; supervisors only (the resource says so). */
    @Transactional
    public List<Referral> list(Actor supervisor, ReferralStatus status, Optional<Instant> afterReferredAt,
            Optional<UUID> afterId, int limit) {
        List<Referral> rows = afterReferredAt
                .map(at -> DuplicateReferralEntity.<DuplicateReferralEntity>find(
                        "status = ?1 and (referredAt > ?2 or (referredAt = ?2 and id > ?3)) order by referredAt, id",
                        status, at, afterId.orElseThrow()))
                .orElseGet(() -> DuplicateReferralEntity.find("status = ?1 order by referredAt, id", status))
                .page(0, limit).list().stream().map(Referral::of).toList();
        audit.record(supervisor, AuditAction.DUPLICATE_REFERRALS_READ, null, null, rows.size() + " referrals");
        return rows;
    }

    /** Links the two cases or dismisses the referral; a decided referral stays as it was decided. */
    @Transactional
    public Outcome<Referral> decide(Actor supervisor, UUID referralId, ReferralStatus decision) {
        DuplicateReferralEntity referral = DuplicateReferralEntity.findById(referralId);
        if (referral == null) {
            return Outcome.refused(new Refusal.NotFound("duplicate referral", referralId));
        }
        if (!referral.status.allowedNext().contains(decision)) {
            return Outcome.refused(new Refusal.IllegalTransition(referral.status, decision,
                    referral.status.allowedNext()));
        }
        referral.status = decision;
        referral.decidedBy = supervisor.subject();
        referral.decidedAt = Instant.now();
        audit.record(supervisor, AuditAction.DUPLICATE_REFERRAL_DECIDED, referral.caseId, null,
                decision + ":" + referral.matchingCaseId);
        return Outcome.done(Referral.of(referral));
    }
}
