package org.civicspace.reprisals.casefile.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.platform.domain.Outcome;
import org.civicspace.platform.domain.Refusal;
import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.domain.FollowUpKind;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.casefile.persistence.FollowUpActionEntity;
import org.civicspace.reprisals.commons.domain.Actor;

/** Follow-up actions of a case: what is due when, and when it was done. */
@ApplicationScoped
public class FollowUpActions {

    private final CaseAccess access;
    private final AuditLog audit;

    public FollowUpActions(CaseAccess access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public Outcome<CaseView.FollowUpActionView> addFollowUpAction(Actor actor, UUID caseId, FollowUpKind kind,
            LocalDate dueOn) {
        Optional<CaseEntity> found = access.accessible(actor, caseId, AuditAction.FOLLOW_UP_ACTION_ADDED);
        if (found.isEmpty()) {
            return CaseAccess.notFound(caseId);
        }
        FollowUpActionEntity action = new FollowUpActionEntity();
        action.id = UUID.randomUUID();
        action.caseId = caseId;
        action.kind = kind;
        action.dueOn = dueOn;
        action.createdAt = Instant.now();
        action.persist();
        found.get().touch(action.createdAt);
        audit.record(actor, AuditAction.FOLLOW_UP_ACTION_ADDED, caseId, null, kind.name());
        return Outcome.done(new CaseView.FollowUpActionView(action.id, kind, dueOn, null));
    }

    @Transactional
    public Outcome<CaseView.FollowUpActionView> completeFollowUpAction(Actor actor, UUID caseId, UUID actionId) {
        Optional<CaseEntity> found = access.accessible(actor, caseId, AuditAction.FOLLOW_UP_ACTION_COMPLETED);
        if (found.isEmpty()) {
            return CaseAccess.notFound(caseId);
        }
        FollowUpActionEntity action = FollowUpActionEntity.findById(actionId);
        if (action == null || !action.caseId.equals(caseId)) {
            return Outcome.refused(new Refusal.NotFound("follow-up action", actionId));
        }
        if (action.completedAt == null) {
            action.completedAt = Instant.now();
            found.get().touch(action.completedAt);
            audit.record(actor, AuditAction.FOLLOW_UP_ACTION_COMPLETED, caseId, null, action.kind.name());
        }
        return Outcome.done(new CaseView.FollowUpActionView(action.id, action.kind, action.dueOn, action.completedAt));
    }
}
