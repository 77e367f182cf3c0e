package org.civicspace.reprisals.consent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.reprisals.audit.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.CaseService;
import org.civicspace.reprisals.casefile.Erasure;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.casefile.persistence.VictimEntity;
import org.civicspace.reprisals.consent.domain.Consent;
import org.civicspace.reprisals.consent.domain.ConsentChannel;
import org.civicspace.reprisals.consent.domain.ConsentGiver;
import org.civicspace.reprisals.consent.domain.ConsentPolicy;
import org.civicspace.reprisals.consent.domain.ConsentScope;
import org.civicspace.reprisals.consent.persistence.ConsentEntity;
import org.civicspace.reprisals.domain.Actor;
import org.civicspace.reprisals.domain.Outcome;
import org.civicspace.reprisals.domain.Refusal;

import io.quarkus.logging.Log;

/**
 * Informed consent, a first-class record: given per alleged victim for a set of scopes, withdrawable at any time
 * with effect from that moment. Withdrawing consent to document erases that victim's identifying data at once, and
 * the whole case's when no victim's consent to document remains.
 */
@ApplicationScoped
public class ConsentService {

    private final CaseService cases;
    private final Erasure erasure;
    private final AuditLog audit;

    public ConsentService(CaseService cases, Erasure erasure, AuditLog audit) {
        this.cases = cases;
        this.erasure = erasure;
        this.audit = audit;
    }

    @Transactional
    public Outcome<ConsentView> record(Actor actor, UUID caseId, UUID victimId, ConsentGiver givenBy,
            ConsentChannel channel, Set<ConsentScope> scopes) {
        Optional<CaseEntity> found = cases.accessible(actor, caseId, AuditAction.CONSENT_RECORDED);
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

    @Transactional
    public Outcome<List<ConsentView>> list(Actor actor, UUID caseId) {
        if (cases.accessible(actor, caseId, AuditAction.CONSENTS_READ).isEmpty()) {
            return Outcome.refused(new Refusal.NotFound("case", caseId));
        }
        audit.record(actor, AuditAction.CONSENTS_READ, caseId);
        return Outcome.done(ConsentEntity.ofCase(caseId).stream().map(ConsentView::of).toList());
    }

    /** Withdraws a consent record; never blocked by a version precondition, since it must take effect at once. */
    @Transactional
    public Outcome<ConsentView> withdraw(Actor actor, UUID caseId, UUID consentId) {
        Optional<CaseEntity> found = cases.accessible(actor, caseId, AuditAction.CONSENT_WITHDRAWN);
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
        eraseWhatMayNoLongerBeDocumented(actor, c);
        return Outcome.done(ConsentView.of(consent));
    }

    private void eraseWhatMayNoLongerBeDocumented(Actor actor, CaseEntity c) {
        List<Consent> consents = ConsentEntity.consentsOf(c.id);
        List<VictimEntity> victims = VictimEntity.ofCase(c.id);
        for (VictimEntity victim : victims) {
            if (victim.erasedAt == null && !ConsentPolicy.mayDocument(victim.id, consents)) {
                erasure.eraseVictim(c, victim, actor, "DOCUMENT consent withdrawn");
            }
        }
        if (victims.stream().noneMatch(v -> ConsentPolicy.mayDocument(v.id, consents))) {
            erasure.eraseCase(c, actor, "DOCUMENT consent withdrawn");
        }
    }
}
