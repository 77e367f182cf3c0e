package org.civicspace.reprisals.casefile.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.platform.domain.Outcome;
import org.civicspace.platform.domain.Refusal;
import org.civicspace.platform.web.http.EntityTags;
import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.domain.CaseEvent;
import org.civicspace.reprisals.casefile.domain.CaseLifecycle;
import org.civicspace.reprisals.casefile.domain.CaseStatus;
import org.civicspace.reprisals.casefile.messaging.CaseEventPublisher;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.casefile.persistence.RiskAssessmentEntity;
import org.civicspace.reprisals.commons.domain.Actor;
import org.civicspace.reprisals.protection.application.ProtectionFlags;

import io.quarkus.logging.Log;

/** Moves a case through its lifecycle; closing it lifts its protection flags. */
@ApplicationScoped
public class CaseStatusChanges {

    private final CaseAccess access;
    private final AuditLog audit;
    private final CaseEventPublisher events;
    private final ProtectionFlags flags;

    public CaseStatusChanges(CaseAccess access, AuditLog audit, CaseEventPublisher events, ProtectionFlags flags) {
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.flags = flags;
    }

    @Transactional
    public Outcome<CaseSummary> changeStatus(Actor actor, UUID caseId, CaseStatus to, String ifMatch) {
        Optional<CaseEntity> found = access.accessible(actor, caseId, AuditAction.STATUS_CHANGED);
        if (found.isEmpty()) {
            return CaseAccess.notFound(caseId);
        }
        CaseEntity c = found.get();
        EntityTags.requireMatch(ifMatch, c.version);
        boolean assessed = RiskAssessmentEntity.count("caseId", c.id) > 0;
        Optional<Refusal> refusal = CaseLifecycle.check(c.status, to, assessed, c.isErased());
        if (refusal.isPresent()) {
            audit.record(actor, AuditAction.STATUS_CHANGED, c.id, null, "REFUSED:" + c.status + "->" + to);
            return Outcome.refused(refusal.get());
        }
        CaseStatus from = c.status;
        Instant now = Instant.now();
        c.status = to;
        c.closedAt = to == CaseStatus.CLOSED ? now : null;
        c.touch(now);
        if (to == CaseStatus.CLOSED) {
            flags.liftAll(actor, c, "CASE_CLOSED");
        }
        events.publish(CaseEvent.statusChanged(c.facts()));
        audit.record(actor, AuditAction.STATUS_CHANGED, c.id, null, from + "->" + to);
        Log.infof("case %s moved from %s to %s", c.id, from, to);
        return Outcome.done(access.summaryAfterFlush(c));
    }
}
