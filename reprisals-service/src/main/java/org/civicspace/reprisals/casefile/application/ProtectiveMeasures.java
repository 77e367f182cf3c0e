package org.civicspace.reprisals.casefile.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.civicspace.platform.domain.Outcome;
import org.civicspace.platform.domain.Refusal;
import org.civicspace.platform.web.http.EntityTags;
import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.domain.MeasureStatus;
import org.civicspace.reprisals.casefile.domain.MeasureType;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.casefile.persistence.MeasureEntity;
import org.civicspace.reprisals.commons.domain.Actor;
import org.civicspace.reprisals.consent.domain.ConsentPolicy;
import org.civicspace.reprisals.consent.domain.ConsentScope;

/** Protective measures and interventions, each taken only as far as consent allows what it discloses. */
@ApplicationScoped
public class ProtectiveMeasures {

    private final CaseAccess access;
    private final AuditLog audit;
    private final EntityManager entityManager;

    public ProtectiveMeasures(CaseAccess access, AuditLog audit, EntityManager entityManager) {
        this.access = access;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** Records a protective measure or intervention, if consent covers what it discloses; the first is the first response. */
    @Transactional
    public Outcome<CaseView.MeasureView> recordMeasure(Actor actor, UUID caseId, MeasureType type) {
        // locked for the transaction: the first-response watch marks overdue cases in the background, and without
        // the lock its update made an officer's first response fail with 412 when the two met
        Optional<CaseEntity> found = access.accessible(actor, caseId, AuditAction.MEASURE_RECORDED,
                LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            return CaseAccess.notFound(caseId);
        }
        CaseEntity c = found.get();
        Optional<ConsentScope> needed = ConsentPolicy.scopeNeededFor(type);
        if (needed.isPresent()) {
            Optional<Refusal> refusal = access.consentCheck(actor, c, needed.get());
            if (refusal.isPresent()) {
                return Outcome.refused(refusal.get());
            }
        }
        Instant now = Instant.now();
        MeasureEntity measure = new MeasureEntity();
        measure.id = UUID.randomUUID();
        measure.caseId = c.id;
        measure.type = type;
        measure.status = MeasureStatus.PLANNED;
        measure.createdBy = actor.subject();
        measure.createdAt = now;
        measure.updatedAt = now;
        measure.persist();
        if (c.firstResponseAt == null) {
            c.firstResponseAt = now;
        }
        c.touch(now);
        audit.record(actor, AuditAction.MEASURE_RECORDED, c.id, null, type.name());
        return Outcome.done(new CaseView.MeasureView(measure.id, type, measure.status, now, now));
    }

    /** A measure as it is after a change, and the version the change gave its case (the case's new ETag). */
    public record MeasureUpdated(CaseView.MeasureView measure, long caseVersion) {
    }

    @Transactional
    public Outcome<MeasureUpdated> updateMeasure(Actor actor, UUID caseId, UUID measureId, MeasureStatus to,
            String ifMatch) {
        Optional<CaseEntity> found = access.accessible(actor, caseId, AuditAction.MEASURE_UPDATED);
        if (found.isEmpty()) {
            return CaseAccess.notFound(caseId);
        }
        CaseEntity c = found.get();
        MeasureEntity measure = MeasureEntity.findById(measureId);
        if (measure == null || !measure.caseId.equals(c.id)) {
            return Outcome.refused(new Refusal.NotFound("measure", measureId));
        }
        EntityTags.requireMatch(ifMatch, c.version);
        if (!measure.status.allowedNext().contains(to)) {
            audit.record(actor, AuditAction.MEASURE_UPDATED, c.id, null, "REFUSED:" + measure.status + "->" + to);
            return Outcome.refused(new Refusal.IllegalTransition(measure.status, to, measure.status.allowedNext()));
        }
        // the consent in force now, not the consent under which the measure was planned; dropping one needs none
        Optional<ConsentScope> needed = to == MeasureStatus.CANCELLED ? Optional.empty()
                : ConsentPolicy.scopeNeededFor(measure.type);
        if (needed.isPresent()) {
            Optional<Refusal> refusal = access.consentCheck(actor, c, needed.get());
            if (refusal.isPresent()) {
                return Outcome.refused(refusal.get());
            }
        }
        Instant now = Instant.now();
        measure.status = to;
        measure.updatedAt = now;
        c.touch(now);
        audit.record(actor, AuditAction.MEASURE_UPDATED, c.id, null, measure.type + ":" + to);
        entityManager.flush();
        return Outcome.done(new MeasureUpdated(
                new CaseView.MeasureView(measure.id, measure.type, to, measure.createdAt, now), c.version));
    }
}
