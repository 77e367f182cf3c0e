package org.civicspace.reprisals.casefile.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.platform.domain.Outcome;
import org.civicspace.platform.domain.Refusal;
import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.persistence.AssignmentEntity;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.commons.domain.Actor;
import org.civicspace.reprisals.consent.domain.ConsentScope;

/** Who works on a case: the officers assigned to it, each of them allowed into it. */
@ApplicationScoped
public class CaseAssignments {

    private final CaseAccess access;
    private final AuditLog audit;

    public CaseAssignments(CaseAccess access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
    }

    /** Assigns an officer; beyond the first, sharing within OHCHR needs consent. */
    @Transactional
    public Outcome<CaseSummary> assignOfficer(Actor actor, UUID caseId, String officer) {
        Optional<CaseEntity> found = access.accessible(actor, caseId, AuditAction.OFFICER_ASSIGNED);
        if (found.isEmpty()) {
            return CaseAccess.notFound(caseId);
        }
        CaseEntity c = found.get();
        List<String> officers = AssignmentEntity.officersOf(c.id);
        if (officers.contains(officer)) {
            return Outcome.done(CaseSummary.of(c));
        }
        if (!officers.isEmpty()) {
            Optional<Refusal> refusal = access.consentCheck(actor, c, ConsentScope.SHARE_WITHIN_OHCHR);
            if (refusal.isPresent()) {
                return Outcome.refused(refusal.get());
            }
        }
        Instant now = Instant.now();
        assign(c.id, officer, actor, now);
        c.touch(now);
        audit.record(actor, AuditAction.OFFICER_ASSIGNED, c.id, null, AuditLog.DONE);
        return Outcome.done(access.summaryAfterFlush(c));
    }

    /** Assigns within the caller's transaction, after the caller checked that it may. */
    void assign(UUID caseId, String officer, Actor by, Instant now) {
        AssignmentEntity assignment = new AssignmentEntity();
        assignment.id = UUID.randomUUID();
        assignment.caseId = caseId;
        assignment.officer = officer;
        assignment.assignedBy = by.subject();
        assignment.assignedAt = now;
        assignment.persist();
    }
}
