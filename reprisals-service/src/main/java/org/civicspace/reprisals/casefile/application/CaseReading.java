package org.civicspace.reprisals.casefile.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.civicspace.platform.domain.Outcome;
import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.domain.CaseStatus;
import org.civicspace.reprisals.casefile.domain.VictimIdentity;
import org.civicspace.reprisals.casefile.persistence.ActEntity;
import org.civicspace.reprisals.casefile.persistence.AssignmentEntity;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.casefile.persistence.FollowUpActionEntity;
import org.civicspace.reprisals.casefile.persistence.MeasureEntity;
import org.civicspace.reprisals.casefile.persistence.NoteEntity;
import org.civicspace.reprisals.casefile.persistence.VictimEntity;
import org.civicspace.reprisals.commons.domain.Actor;
import org.civicspace.reprisals.commons.domain.Purpose;
import org.civicspace.reprisals.crypto.domain.DataKey;

/** Reads cases on a need-to-know basis: one case, the list, its possible duplicates, the overdue ones; all audited. */
@ApplicationScoped
public class CaseReading {

    private final CaseAccess access;
    private final CaseVault vault;
    private final AuditLog audit;
    private final EntityManager entityManager;

    public CaseReading(CaseAccess access, CaseVault vault, AuditLog audit, EntityManager entityManager) {
        this.access = access;
        this.vault = vault;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    @Transactional
    public Outcome<CaseView> read(Actor actor, UUID caseId, Optional<Purpose> purpose) {
        Optional<CaseEntity> found = access.accessible(actor, caseId, AuditAction.CASE_READ);
        if (found.isEmpty()) {
            return CaseAccess.notFound(caseId);
        }
        CaseEntity c = found.get();
        Optional<DataKey> key = purpose.isPresent() ? vault.keyOf(c) : Optional.empty();
        CaseView.IdentifyingData shown = c.isErased() ? CaseView.IdentifyingData.ERASED
                : key.isPresent() ? CaseView.IdentifyingData.SHOWN : CaseView.IdentifyingData.WITHHELD;
        Dossier dossier = key.map(k -> vault.open(k, c.id, c.sealedDossier, Dossier.class)).orElse(null);
        List<CaseView.VictimView> victims = VictimEntity.ofCase(c.id).stream().map(v -> victimView(v, key)).toList();
        List<CaseView.NoteView> notes = key.map(k -> NoteEntity.ofCase(c.id).stream()
                .map(n -> new CaseView.NoteView(n.id, n.source, n.addedAt,
                        vault.open(k, n.id, n.sealed, String.class)))
                .toList()).orElse(null);
        audit.record(actor, key.isPresent() ? AuditAction.CASE_READ_WITH_IDENTIFYING_DATA : AuditAction.CASE_READ,
                c.id, purpose.orElse(null), AuditLog.DONE);
        return Outcome.done(new CaseView(c.id, c.reference, c.version, c.status, c.country, c.unMechanism,
                c.riskLevel, c.intakeChannel, c.reportedAt, c.firstResponseDueAt, c.firstResponseAt, c.closedAt,
                c.annualReport, AssignmentEntity.officersOf(c.id),
                ActEntity.ofCase(c.id).stream()
                        .map(a -> new CaseView.ActView(a.actType, a.occurredOn, a.country, a.perpetrator)).toList(),
                victims,
                MeasureEntity.ofCase(c.id).stream()
                        .map(m -> new CaseView.MeasureView(m.id, m.type, m.status, m.createdAt, m.updatedAt))
                        .toList(),
                FollowUpActionEntity.ofCase(c.id).stream()
                        .map(f -> new CaseView.FollowUpActionView(f.id, f.kind, f.dueOn, f.completedAt)).toList(),
                shown, purpose.orElse(null), dossier, notes));
    }

    /** The cases the actor may know about, newest first, after the given position. */
    @Transactional
    public List<CaseSummary> list(Actor actor, Optional<Instant> beforeReportedAt, Optional<UUID> beforeId,
            int limit) {
        StringBuilder query = new StringBuilder("from CaseEntity c where 1 = 1");
        if (!actor.supervisor()) {
            query.append(" and c.id in (select a.caseId from AssignmentEntity a where a.officer = :officer)");
        }
        if (beforeReportedAt.isPresent()) {
            query.append(" and (c.reportedAt < :at or (c.reportedAt = :at and c.id < :id))");
        }
        query.append(" order by c.reportedAt desc, c.id desc");
        var typed = entityManager.createQuery(query.toString(), CaseEntity.class).setMaxResults(limit);
        if (!actor.supervisor()) {
            typed.setParameter("officer", actor.subject());
        }
        beforeReportedAt.ifPresent(at -> typed.setParameter("at", at).setParameter("id", beforeId.orElseThrow()));
        List<CaseSummary> rows = typed.getResultList().stream().map(CaseSummary::of).toList();
        audit.record(actor, AuditAction.CASES_LISTED, null, null, rows.size() + " cases");
        return rows;
    }

    /**
     * Other cases sharing an exact name or contact with this one, among those the actor may know about: up to
     * {@code limit} in id order, after the id of the last one shown. Need-to-know is part of the query, as in
     * {@link #list}, so that a page, and whether another follows, tells of no case the actor may not see.
     */
    @Transactional
    public Outcome<List<UUID>> possibleDuplicates(Actor actor, UUID caseId, Optional<UUID> afterId, int limit) {
        Optional<CaseEntity> found = access.accessible(actor, caseId, AuditAction.DUPLICATES_CHECKED);
        if (found.isEmpty()) {
            return CaseAccess.notFound(caseId);
        }
        String sql = """
                SELECT DISTINCT other.case_id FROM victim_blind_index mine
                JOIN victim_blind_index other ON other.digest = mine.digest AND other.case_id <> mine.case_id
                WHERE mine.case_id = :caseId"""
                + (afterId.isPresent() ? " AND other.case_id > :after" : "")
                + (actor.supervisor() ? ""
                        : " AND other.case_id IN (SELECT s.case_id FROM case_assignment s WHERE s.officer = :officer)")
                + " ORDER BY other.case_id";
        var query = entityManager.createNativeQuery(sql, UUID.class).setParameter("caseId", caseId)
                .setMaxResults(limit);
        afterId.ifPresent(after -> query.setParameter("after", after));
        if (!actor.supervisor()) {
            query.setParameter("officer", actor.subject());
        }
        @SuppressWarnings("unchecked")
        List<UUID> visible = query.getResultList();
        audit.record(actor, AuditAction.DUPLICATES_CHECKED, caseId, null, visible.size() + " visible");
        return Outcome.done(visible);
    }

    /**
     * Critical cases still waiting for their first response past the deadline, among those the actor may know: up
     * to {@code limit}, the longest overdue first, after the position of the last one shown.
     */
    @Transactional
    public List<CaseSummary> overdueFirstResponses(Actor actor, Optional<Instant> afterDueAt, Optional<UUID> afterId,
            int limit) {
        StringBuilder query = new StringBuilder("""
                from CaseEntity c where c.firstResponseAt is null and c.firstResponseDueAt < :now
                and c.status <> :closed""");
        if (!actor.supervisor()) {
            query.append(" and c.id in (select a.caseId from AssignmentEntity a where a.officer = :officer)");
        }
        if (afterDueAt.isPresent()) {
            query.append(" and (c.firstResponseDueAt > :at or (c.firstResponseDueAt = :at and c.id > :id))");
        }
        query.append(" order by c.firstResponseDueAt, c.id");
        var typed = entityManager.createQuery(query.toString(), CaseEntity.class)
                .setParameter("now", Instant.now()).setParameter("closed", CaseStatus.CLOSED).setMaxResults(limit);
        if (!actor.supervisor()) {
            typed.setParameter("officer", actor.subject());
        }
        afterDueAt.ifPresent(at -> typed.setParameter("at", at).setParameter("id", afterId.orElseThrow()));
        List<CaseSummary> overdue = typed.getResultList().stream().map(CaseSummary::of).toList();
        audit.record(actor, AuditAction.CASES_LISTED, null, null, "OVERDUE_FIRST_RESPONSE:" + overdue.size());
        return overdue;
    }

    private CaseView.VictimView victimView(VictimEntity v, Optional<DataKey> key) {
        if (v.sealed == null || key.isEmpty()) {
            return new CaseView.VictimView(v.id, v.kind, v.erasedAt != null, null, null, null, null);
        }
        VictimIdentity identity = vault.open(key.get(), v.id, v.sealed, VictimIdentity.class);
        return new CaseView.VictimView(v.id, v.kind, false, identity.name(), identity.contact(),
                identity.exactLocation(), identity.registryId());
    }
}
