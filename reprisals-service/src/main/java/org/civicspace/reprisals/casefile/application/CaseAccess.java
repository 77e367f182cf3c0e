package org.civicspace.reprisals.casefile.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.civicspace.platform.domain.Outcome;
import org.civicspace.platform.domain.Refusal;
import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.domain.NeedToKnow;
import org.civicspace.reprisals.casefile.persistence.AssignmentEntity;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.casefile.persistence.VictimEntity;
import org.civicspace.reprisals.commons.domain.Actor;
import org.civicspace.reprisals.consent.domain.ConsentPolicy;
import org.civicspace.reprisals.consent.domain.ConsentScope;
import org.civicspace.reprisals.consent.persistence.ConsentEntity;

import io.quarkus.logging.Log;

/**
 * Need-to-know and consent, as every use case of a case file checks them: a case the actor may not know about looks
 * the same as one that does not exist, and every refusal is audited.
 */
@ApplicationScoped
public class CaseAccess {

    private final AuditLog audit;
    private final EntityManager entityManager;

    public CaseAccess(AuditLog audit, EntityManager entityManager) {
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /**
     * The case if it exists and the actor may know about it; otherwise empty, and the attempt is audited. Both
     * cases look the same to the caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CaseEntity> accessible(Actor actor, UUID caseId, AuditAction attempted) {
        return accessible(actor, caseId, attempted, LockModeType.NONE);
    }

    /** As {@link #accessible(Actor, UUID, AuditAction)}, the case locked as {@code lock} says for the transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CaseEntity> accessible(Actor actor, UUID caseId, AuditAction attempted, LockModeType lock) {
        Optional<CaseEntity> found = CaseEntity.findByIdOptional(caseId, lock);
        if (found.isPresent() && NeedToKnow.mayAccess(actor, AssignmentEntity.officersOf(caseId))) {
            return found;
        }
        audit.record(actor, AuditAction.ACCESS_DENIED, caseId, null, "REFUSED:" + attempted);
        Log.debugf("access to case %s refused to %s", caseId, actor.subject());
        return Optional.empty();
    }

    /**
     * Refuses, and audits the refusal, unless every victim of the case consented to {@code scope}. Erased victims
     * count too: their consent to document was withdrawn, so nothing may be disclosed on their behalf either.
     */
    public Optional<Refusal> consentCheck(Actor actor, CaseEntity c, ConsentScope scope) {
        List<UUID> victims = VictimEntity.ofCase(c.id).stream().map(v -> v.id).toList();
        Optional<Refusal> refusal = ConsentPolicy.check(scope, victims, ConsentEntity.consentsOf(c.id));
        refusal.ifPresent(r -> audit.record(actor, AuditAction.DISCLOSURE_REFUSED, c.id, null, "missing " + scope));
        return refusal;
    }

    /** The case as it is after the changes of the transaction, with the version they give it (its new ETag). */
    public CaseSummary summaryAfterFlush(CaseEntity c) {
        entityManager.flush();
        return CaseSummary.of(c);
    }

    /** The refusal for a case that does not exist or that the actor may not know about. */
    public static <T> Outcome<T> notFound(UUID caseId) {
        return Outcome.refused(new Refusal.NotFound("case", caseId));
    }
}
