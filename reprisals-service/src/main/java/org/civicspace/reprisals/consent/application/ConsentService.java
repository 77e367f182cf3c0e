package org.civicspace.reprisals.consent.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.platform.domain.Outcome;
import org.civicspace.platform.domain.Refusal;
import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.application.CaseAccess;
import org.civicspace.reprisals.casefile.application.Erasure;
import org.civicspace.reprisals.casefile.persistence.AssignmentEntity;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.casefile.persistence.VictimEntity;
import org.civicspace.reprisals.commons.domain.Actor;
import org.civicspace.reprisals.consent.domain.ConsentChannel;
import org.civicspace.reprisals.consent.domain.ConsentGiver;
import org.civicspace.reprisals.consent.domain.ConsentScope;
import org.civicspace.reprisals.consent.domain.WithdrawalPolicy;
import org.civicspace.reprisals.consent.persistence.ConsentEntity;
import org.civicspace.reprisals.protection.application.ProtectionFlags;

import io.quarkus.logging.Log;

/**
 * Informed consent, a first-class record: given per alleged victim for a set of scopes, withdrawable at any time
 * with effect from that moment: what depended on the withdrawn scopes stops at once ({@link WithdrawalPolicy}).
 * Withdrawing consent to document erases that victim's identifying data, and the whole case's when no victim's
 * consent to document remains.
 */
@ApplicationScoped
public class ConsentService {

    private final CaseAccess access;
    private final Erasure erasure;
    private final AuditLog audit;
    private final ProtectionFlags flags;

    public ConsentService(CaseAccess access, Erasure erasure, AuditLog audit, ProtectionFlags flags) {
        this.access = access;
        this.erasure = erasure;
        this.audit = audit;
        this.flags = flags;
    }

    @Transactional
    public Outcome<ConsentView> record(Actor actor, UUID caseId, UUID victimId, ConsentGiver givenBy,
            ConsentChannel channel, Set<ConsentScope> scopes) {
        Optional<CaseEntity> found = access.accessible(actor, caseId, AuditAction.CONSENT_RECORDED);
        if (found.isEmpty()) {
            return Outcome.refused(new Refusal.NotFound("case", caseId));
        }
        VictimEntity victim = VictimEntity.findById(victimId);
        if (victim == null || !victim.caseId.equals(caseId)) {
            return Outcome.refused(new Refusal.NotFound("victim", victimId));
        }
        ConsentEntity consent = new ConsentEntity();
        consent.id = UUID.randomUUID();
        consent.caseId = caseId;
        consent.victimId = victimId;
        consent.givenBy = givenBy;
        consent.channel = channel;
        consent.scopes = ConsentEntity.encode(scopes);
        consent.givenAt = Instant.now();
        consent.recordedBy = actor.subject();
        consent.persist();
        found.get().touch(consent.givenAt);
        audit.record(actor, AuditAction.CONSENT_RECORDED, caseId, null, String.join(",", consent.scopes));
        return Outcome.done(ConsentView.of(consent));
    }

    /** Up to {@code limit} consent records of a case, oldest first, after the position of the last one shown. */
    @Transactional
    public Outcome<List<ConsentView>> list(Actor actor, UUID caseId, Optional<Instant> afterGivenAt,
            Optional<UUID> afterId, int limit) {
        if (access.accessible(actor, caseId, AuditAction.CONSENTS_READ).isEmpty()) {
            return Outcome.refused(new Refusal.NotFound("case", caseId));
        }
        audit.record(actor, AuditAction.CONSENTS_READ, caseId);
        return Outcome.done(ConsentEntity.ofCase(caseId, afterGivenAt, afterId, limit).stream().map(ConsentView::of)
                .toList());
    }

    /** Withdraws a consent record; never blocked by a version precondition, since it must take effect at once. */
    @Transactional
    public Outcome<ConsentView> withdraw(Actor actor, UUID caseId, UUID consentId) {
        Optional<CaseEntity> found = access.accessible(actor, caseId, AuditAction.CONSENT_WITHDRAWN);
        if (found.isEmpty()) {
            return Outcome.refused(new Refusal.NotFound("case", caseId));
        }
        CaseEntity c = found.get();
        ConsentEntity consent = ConsentEntity.findById(consentId);
        if (consent == null || !consent.caseId.equals(caseId)) {
            return Outcome.refused(new Refusal.NotFound("consent", consentId));
        }
        if (consent.withdrawnAt != null) {
            return Outcome.done(ConsentView.of(consent));
        }
        consent.withdrawnAt = Instant.now();
        c.touch(consent.withdrawnAt);
        audit.record(actor, AuditAction.CONSENT_WITHDRAWN, caseId, null, String.join(",", consent.scopes));
        Log.infof("consent %s on case %s withdrawn", consentId, caseId);
        stopWhatDependedOn(actor, c);
        return Outcome.done(ConsentView.of(consent));
    }

    /** Applies {@link WithdrawalPolicy}: every consequence is audited, flags are lifted before anything is erased. */
    private void stopWhatDependedOn(Actor actor, CaseEntity c) {
        List<VictimEntity> victims = VictimEntity.ofCase(c.id);
        WithdrawalPolicy.Effects effects = WithdrawalPolicy.effects(victims.stream().map(v -> v.id).toList(),
                ConsentEntity.consentsOf(c.id), c.annualReport);
        flags.lift(actor, c, effects.liftFlagsOf(), "CONSENT_WITHDRAWN");
        if (effects.endSharingWithinOhchr()) {
            List<AssignmentEntity> assignments = AssignmentEntity.list("caseId = ?1 order by assignedAt", c.id);
            for (AssignmentEntity shared : assignments.subList(Math.min(1, assignments.size()), assignments.size())) {
                shared.delete();
                audit.record(actor, AuditAction.OFFICER_UNASSIGNED, c.id, null,
                        "SHARE_WITHIN_OHCHR withdrawn:" + shared.officer);
            }
        }
        if (!Objects.equals(effects.annualReport(), c.annualReport)) {
            c.annualReport = effects.annualReport();
            audit.record(actor, AuditAction.ANNUAL_REPORT_INCLUSION, c.id, null,
                    "CONSENT_WITHDRAWN:" + (c.annualReport == null ? "NONE" : c.annualReport.name()));
        }
        for (VictimEntity victim : victims) {
            if (victim.erasedAt == null && effects.eraseVictims().contains(victim.id)) {
                erasure.eraseVictim(c, victim, actor, "DOCUMENT consent withdrawn");
            }
        }
        if (effects.eraseCase()) {
            erasure.eraseCase(c, actor, "DOCUMENT consent withdrawn");
        }
    }
}
