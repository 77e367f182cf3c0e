package org.civicspace.reprisals.casefile.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.civicspace.platform.web.http.EntityTags;
import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.domain.AnnualReportInclusion;
import org.civicspace.reprisals.casefile.domain.CaseEvent;
import org.civicspace.reprisals.casefile.domain.CaseLifecycle;
import org.civicspace.reprisals.casefile.domain.CaseReferences;
import org.civicspace.reprisals.casefile.domain.CaseStatus;
import org.civicspace.reprisals.casefile.domain.FirstResponsePolicy;
import org.civicspace.reprisals.casefile.domain.FollowUpKind;
import org.civicspace.reprisals.casefile.domain.IntakeChannel;
import org.civicspace.reprisals.casefile.domain.MeasureStatus;
import org.civicspace.reprisals.casefile.domain.MeasureType;
import org.civicspace.reprisals.casefile.domain.NeedToKnow;
import org.civicspace.reprisals.casefile.domain.NoteSource;
import org.civicspace.reprisals.casefile.domain.RiskFactor;
import org.civicspace.reprisals.casefile.domain.RiskLevel;
import org.civicspace.reprisals.casefile.domain.VictimIdentity;
import org.civicspace.reprisals.casefile.messaging.CaseEventPublisher;
import org.civicspace.reprisals.casefile.persistence.ActEntity;
import org.civicspace.reprisals.casefile.persistence.AssignmentEntity;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.casefile.persistence.FollowUpActionEntity;
import org.civicspace.reprisals.casefile.persistence.MeasureEntity;
import org.civicspace.reprisals.casefile.persistence.NoteEntity;
import org.civicspace.reprisals.casefile.persistence.RiskAssessmentEntity;
import org.civicspace.reprisals.casefile.persistence.VictimEntity;
import org.civicspace.reprisals.commons.application.ReprisalsConfig;
import org.civicspace.reprisals.commons.domain.Actor;
import org.civicspace.reprisals.commons.domain.Outcome;
import org.civicspace.reprisals.commons.domain.Purpose;
import org.civicspace.reprisals.commons.domain.Refusal;
import org.civicspace.reprisals.consent.domain.ConsentPolicy;
import org.civicspace.reprisals.consent.domain.ConsentScope;
import org.civicspace.reprisals.consent.persistence.ConsentEntity;
import org.civicspace.reprisals.crypto.application.BlindIndex;
import org.civicspace.reprisals.crypto.domain.DataKey;
import org.civicspace.reprisals.duplicates.application.DuplicateReferrals;
import org.civicspace.reprisals.protection.application.ProtectionFlags;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.logging.Log;

/**
 * The case file: intake, need-to-know reads, lifecycle, risk, measures and follow-up. Each method is one
 * transaction in which the change, its audit entry and its event commit together; refusals are audited too.
 */
@ApplicationScoped
public class CaseService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseVault vault;
    private final BlindIndex blindIndex;
    private final AuditLog audit;
    private final CaseEventPublisher events;
    private final EntityManager entityManager;
    private final FirstResponsePolicy firstResponse;
    private final DuplicateReferrals referrals;
    private final ProtectionFlags flags;

    public CaseService(CaseVault vault, BlindIndex blindIndex, AuditLog audit, CaseEventPublisher events,
            EntityManager entityManager, ReprisalsConfig config, DuplicateReferrals referrals,
            ProtectionFlags flags) {
        this.vault = vault;
        this.blindIndex = blindIndex;
        this.audit = audit;
        this.events = events;
        this.entityManager = entityManager;
        this.firstResponse = new FirstResponsePolicy(config.firstResponseDeadline());
        this.referrals = referrals;
        this.flags = flags;
    }

    /**
     * A new case: its id and reference, the one-time follow-up secret of a secure intake, and a duplicate hint that
     * considers only the cases the reporter may see.
     */
    public record Reported(UUID caseId, String reference, String followUpSecret, boolean possibleDuplicate) {
    }

    @Transactional
    public Outcome<Reported> report(Actor actor, CaseReport report, IntakeChannel channel) {
        if (!report.consent().scopes().contains(ConsentScope.DOCUMENT)) {
            return Outcome.refused(new Refusal.Invalid("consent.scopes",
                    "must include document: nothing can be recorded without consent to document it"));
        }
        Instant now = Instant.now();
        CaseEntity c = new CaseEntity();
        c.id = UUID.randomUUID();
        c.reference = CaseReferences.next();
        c.status = CaseStatus.REPORTED;
        c.country = report.country();
        c.primaryActType = report.acts().get(0).type();
        c.unMechanism = report.engagement().mechanism();
        c.intakeChannel = channel;
        c.reportedAt = now;
        c.updatedAt = now;
        DataKey key = vault.newKeyFor(c);
        c.sealedDossier = vault.seal(key, c.id, new Dossier(report.narrative(), report.exactLocation(),
                report.engagement().label(), report.engagement().eventsServiceId(),
                report.sources() == null ? List.of() : report.sources()));
        String secret = null;
        if (channel == IntakeChannel.SECURE_INTAKE) {
            secret = newSecret();
            c.followUpSecretHash = hashOfSecret(secret);
        }
        c.persist();

        Set<UUID> matches = new LinkedHashSet<>();
        short position = 0;
        for (CaseReport.Victim input : report.victims()) {
            VictimEntity victim = new VictimEntity();
            victim.id = UUID.randomUUID();
            victim.caseId = c.id;
            victim.reportedPosition = position++;
            victim.kind = input.kind();
            victim.sealed = vault.seal(key, victim.id,
                    new VictimIdentity(input.name(), input.contact(), input.exactLocation(), input.registryId()));
            victim.persist();
            matches.addAll(indexVictim(c.id, victim.id, input));
            recordConsent(c.id, victim.id, report.consent(), actor, now);
        }
        for (CaseReport.Act input : report.acts()) {
            ActEntity act = new ActEntity();
            act.id = UUID.randomUUID();
            act.caseId = c.id;
            act.actType = input.type();
            act.occurredOn = input.occurredOn();
            act.country = input.country();
            act.perpetrator = input.perpetrator();
            act.persist();
        }
        if (channel == IntakeChannel.CASE_OFFICER) {
            assign(c.id, actor.subject(), actor, now);
        }
        if (report.immediateDanger()) {
            assess(c, RiskLevel.CRITICAL, EnumSet.of(RiskFactor.SELF_REPORTED_IMMEDIATE_DANGER), actor, now);
        }
        events.publish(CaseEvent.reported(c.facts()));
        audit.record(actor, AuditAction.CASE_REPORTED, c.id, null, channel.name());
        // a match in a case the reporter may not see tells the reporter nothing: it goes to the supervisors
        Map<Boolean, List<UUID>> visible = matches.stream()
                .collect(Collectors.partitioningBy(id -> NeedToKnow.mayAccess(actor, AssignmentEntity.officersOf(id))));
        boolean possibleDuplicate = !visible.get(true).isEmpty();
        referrals.refer(actor, c.id, visible.get(false));
        Log.infof("case %s reported through %s", c.id, channel);
        return Outcome.done(new Reported(c.id, c.reference, secret, possibleDuplicate));
    }

    @Transactional
    public Outcome<CaseView> read(Actor actor, UUID caseId, Optional<Purpose> purpose) {
        Optional<CaseEntity> found = accessible(actor, caseId, AuditAction.CASE_READ);
        if (found.isEmpty()) {
            return notFound(caseId);
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

    @Transactional
    public Outcome<CaseSummary> changeStatus(Actor actor, UUID caseId, CaseStatus to, String ifMatch) {
        Optional<CaseEntity> found = accessible(actor, caseId, AuditAction.STATUS_CHANGED);
        if (found.isEmpty()) {
            return notFound(caseId);
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
        return Outcome.done(summaryAfterFlush(c));
    }

    /** Assigns an officer; beyond the first, sharing within OHCHR needs consent. */
    @Transactional
    public Outcome<CaseSummary> assignOfficer(Actor actor, UUID caseId, String officer) {
        Optional<CaseEntity> found = accessible(actor, caseId, AuditAction.OFFICER_ASSIGNED);
        if (found.isEmpty()) {
            return notFound(caseId);
        }
        CaseEntity c = found.get();
        List<String> officers = AssignmentEntity.officersOf(c.id);
        if (officers.contains(officer)) {
            return Outcome.done(CaseSummary.of(c));
        }
        if (!officers.isEmpty()) {
            Optional<Refusal> refusal = consentCheck(actor, c, ConsentScope.SHARE_WITHIN_OHCHR);
            if (refusal.isPresent()) {
                return Outcome.refused(refusal.get());
            }
        }
        Instant now = Instant.now();
        assign(c.id, officer, actor, now);
        c.touch(now);
        audit.record(actor, AuditAction.OFFICER_ASSIGNED, c.id, null, AuditLog.DONE);
        return Outcome.done(summaryAfterFlush(c));
    }

    /** One risk assessment, as recorded. */
    @Schema(name = "RiskAssessment")
    public record AssessmentView(UUID id, RiskLevel level, Set<RiskFactor> factors, Instant assessedAt,
            @Schema(example = "case-officer-a") String assessedBy) {
    }

    @Transactional
    public Outcome<AssessmentView> assessRisk(Actor actor, UUID caseId, RiskLevel level, Set<RiskFactor> factors) {
        Optional<CaseEntity> found = accessible(actor, caseId, AuditAction.RISK_ASSESSED);
        if (found.isEmpty()) {
            return notFound(caseId);
        }
        CaseEntity c = found.get();
        RiskAssessmentEntity assessment = assess(c, level, factors, actor, Instant.now());
        events.publish(CaseEvent.riskAssessed(c.facts()));
        audit.record(actor, AuditAction.RISK_ASSESSED, c.id, null, level.name());
        return Outcome.done(assessmentView(assessment));
    }

    /** Up to {@code limit} risk assessments of a case, oldest first, after the position of the last one shown. */
    @Transactional
    public Outcome<List<AssessmentView>> riskHistory(Actor actor, UUID caseId, Optional<Instant> afterAssessedAt,
            Optional<UUID> afterId, int limit) {
        Optional<CaseEntity> found = accessible(actor, caseId, AuditAction.CASE_READ);
        if (found.isEmpty()) {
            return notFound(caseId);
        }
        audit.record(actor, AuditAction.CASE_READ, caseId, null, "RISK_HISTORY");
        return Outcome.done(RiskAssessmentEntity.ofCase(caseId, afterAssessedAt, afterId, limit).stream()
                .map(CaseService::assessmentView).toList());
    }

    /** Records a protective measure or intervention, if consent covers what it discloses; the first is the first response. */
    @Transactional
    public Outcome<CaseView.MeasureView> recordMeasure(Actor actor, UUID caseId, MeasureType type) {
        // locked for the transaction: the first-response watch marks overdue cases in the background, and without
        // the lock its update made an officer's first response fail with 412 when the two met
        Optional<CaseEntity> found = accessible(actor, caseId, AuditAction.MEASURE_RECORDED,
                LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            return notFound(caseId);
        }
        CaseEntity c = found.get();
        Optional<ConsentScope> needed = ConsentPolicy.scopeNeededFor(type);
        if (needed.isPresent()) {
            Optional<Refusal> refusal = consentCheck(actor, c, needed.get());
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
        Optional<CaseEntity> found = accessible(actor, caseId, AuditAction.MEASURE_UPDATED);
        if (found.isEmpty()) {
            return notFound(caseId);
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
            Optional<Refusal> refusal = consentCheck(actor, c, needed.get());
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

    @Transactional
    public Outcome<CaseView.FollowUpActionView> addFollowUpAction(Actor actor, UUID caseId, FollowUpKind kind,
            LocalDate dueOn) {
        Optional<CaseEntity> found = accessible(actor, caseId, AuditAction.FOLLOW_UP_ACTION_ADDED);
        if (found.isEmpty()) {
            return notFound(caseId);
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
        Optional<CaseEntity> found = accessible(actor, caseId, AuditAction.FOLLOW_UP_ACTION_COMPLETED);
        if (found.isEmpty()) {
            return notFound(caseId);
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

    @Transactional
    public Outcome<UUID> addNote(Actor actor, UUID caseId, String text, NoteSource source) {
        Optional<CaseEntity> found = accessible(actor, caseId, AuditAction.NOTE_ADDED);
        if (found.isEmpty()) {
            return notFound(caseId);
        }
        return seal(found.get(), actor, text, source);
    }

    /** Seals a note into a case the caller was already allowed into; refused once its identifying data is erased. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome<UUID> seal(CaseEntity c, Actor actor, String text, NoteSource source) {
        Optional<DataKey> found = vault.keyOf(c);
        if (found.isEmpty()) {
            audit.record(actor, AuditAction.NOTE_ADDED, c.id, null, "REFUSED:ERASED");
            return Outcome.refused(new Refusal.Conflict(
                    "The identifying data of this case was erased, so nothing more can be recorded in it."));
        }
        DataKey key = found.get();
        NoteEntity note = new NoteEntity();
        note.id = UUID.randomUUID();
        note.caseId = c.id;
        note.source = source;
        note.addedAt = Instant.now();
        note.sealed = vault.seal(key, note.id, text);
        note.persist();
        c.touch(note.addedAt);
        audit.record(actor, AuditAction.NOTE_ADDED, c.id, null, source.name());
        return Outcome.done(note.id);
    }

    /**
     * Other cases sharing an exact name or contact with this one, among those the actor may know about: up to
     * {@code limit} in id order, after the id of the last one shown. Need-to-know is part of the query, as in
     * {@link #list}, so that a page, and whether another follows, tells of no case the actor may not see.
     */
    @Transactional
    public Outcome<List<UUID>> possibleDuplicates(Actor actor, UUID caseId, Optional<UUID> afterId, int limit) {
        Optional<CaseEntity> found = accessible(actor, caseId, AuditAction.DUPLICATES_CHECKED);
        if (found.isEmpty()) {
            return notFound(caseId);
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

    /** Publishes a protection flag for a registry-linked victim, only with consent to share with UN entities. */
    @Transactional
    public Outcome<UUID> flagProtection(Actor actor, UUID caseId, UUID victimId) {
        Optional<CaseEntity> found = accessible(actor, caseId, AuditAction.PROTECTION_FLAG_PUBLISHED);
        if (found.isEmpty()) {
            return notFound(caseId);
        }
        CaseEntity c = found.get();
        VictimEntity victim = VictimEntity.findById(victimId);
        if (victim == null || !victim.caseId.equals(c.id)) {
            return Outcome.refused(new Refusal.NotFound("victim", victimId));
        }
        Optional<Refusal> refusal = ConsentPolicy.check(ConsentScope.SHARE_WITH_UN_ENTITIES, List.of(victim.id),
                ConsentEntity.consentsOf(c.id));
        if (refusal.isPresent()) {
            audit.record(actor, AuditAction.DISCLOSURE_REFUSED, c.id, null,
                    "PROTECTION_FLAG:missing " + ConsentScope.SHARE_WITH_UN_ENTITIES);
            return Outcome.refused(refusal.get());
        }
        Optional<UUID> registryId = flags.registryIdOf(c, victim);
        if (registryId.isEmpty()) {
            return Outcome.refused(new Refusal.Conflict("This victim is not linked to the registry."));
        }
        flags.flag(actor, c, victim, registryId.get());
        return Outcome.done(registryId.get());
    }

    /** Includes the case in the Secretary-General's annual report, named or anonymous, as consent allows. */
    @Transactional
    public Outcome<CaseSummary> includeInAnnualReport(Actor actor, UUID caseId, boolean named) {
        Optional<CaseEntity> found = accessible(actor, caseId, AuditAction.ANNUAL_REPORT_INCLUSION);
        if (found.isEmpty()) {
            return notFound(caseId);
        }
        CaseEntity c = found.get();
        Optional<Refusal> refusal = consentCheck(actor, c, ConsentPolicy.scopeNeededForAnnualReport(named));
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        c.annualReport = named ? AnnualReportInclusion.NAMED : AnnualReportInclusion.ANONYMOUS;
        c.touch(Instant.now());
        audit.record(actor, AuditAction.ANNUAL_REPORT_INCLUSION, c.id, null, c.annualReport.name());
        return Outcome.done(summaryAfterFlush(c));
    }

    /**
     * The case if it exists and the actor may know about it; otherwise empty, and the attempt is audited. Both
     * cases look the same to the caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CaseEntity> accessible(Actor actor, UUID caseId, AuditAction attempted) {
        return accessible(actor, caseId, attempted, LockModeType.NONE);
    }

    private Optional<CaseEntity> accessible(Actor actor, UUID caseId, AuditAction attempted, LockModeType lock) {
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
    private Optional<Refusal> consentCheck(Actor actor, CaseEntity c, ConsentScope scope) {
        List<UUID> victims = VictimEntity.ofCase(c.id).stream().map(v -> v.id).toList();
        Optional<Refusal> refusal = ConsentPolicy.check(scope, victims, ConsentEntity.consentsOf(c.id));
        refusal.ifPresent(r -> audit.record(actor, AuditAction.DISCLOSURE_REFUSED, c.id, null, "missing " + scope));
        return refusal;
    }

    private RiskAssessmentEntity assess(CaseEntity c, RiskLevel level, Set<RiskFactor> factors, Actor actor,
            Instant now) {
        RiskAssessmentEntity assessment = new RiskAssessmentEntity();
        assessment.id = UUID.randomUUID();
        assessment.caseId = c.id;
        assessment.level = level;
        assessment.factors = factors.stream().sorted().map(Enum::name).toArray(String[]::new);
        assessment.assessedAt = now;
        assessment.assessedBy = actor.subject();
        assessment.persist();
        c.riskLevel = level;
        c.firstResponseDueAt = firstResponse.dueAt(level, now, Optional.ofNullable(c.firstResponseDueAt),
                Optional.ofNullable(c.firstResponseAt)).orElse(null);
        c.touch(now);
        return assessment;
    }

    private void assign(UUID caseId, String officer, Actor by, Instant now) {
        AssignmentEntity assignment = new AssignmentEntity();
        assignment.id = UUID.randomUUID();
        assignment.caseId = caseId;
        assignment.officer = officer;
        assignment.assignedBy = by.subject();
        assignment.assignedAt = now;
        assignment.persist();
    }

    private void recordConsent(UUID caseId, UUID victimId, CaseReport.ConsentGiven given, Actor actor, Instant now) {
        ConsentEntity consent = new ConsentEntity();
        consent.id = UUID.randomUUID();
        consent.caseId = caseId;
        consent.victimId = victimId;
        consent.givenBy = given.givenBy();
        consent.channel = given.channel();
        consent.scopes = ConsentEntity.encode(given.scopes());
        consent.givenAt = now;
        consent.recordedBy = actor.subject();
        consent.persist();
    }

    /** Writes the blind index of a victim; returns the other cases that already have one of the same digests. */
    private List<UUID> indexVictim(UUID caseId, UUID victimId, CaseReport.Victim victim) {
        Set<String> digests = new LinkedHashSet<>();
        digests.add(blindIndex.digest("name", victim.name()));
        if (victim.contact() != null && !victim.contact().isBlank()) {
            digests.add(blindIndex.digest("contact", victim.contact()));
        }
        List<UUID> others = new java.util.ArrayList<>();
        for (String digest : digests) {
            @SuppressWarnings("unchecked")
            List<UUID> sharing = entityManager.createNativeQuery(
                    "SELECT DISTINCT case_id FROM victim_blind_index WHERE digest = ?1 AND case_id <> ?2", UUID.class)
                    .setParameter(1, digest).setParameter(2, caseId).getResultList();
            others.addAll(sharing);
            entityManager.createNativeQuery(
                    "INSERT INTO victim_blind_index (victim_id, case_id, digest) VALUES (?1, ?2, ?3)")
                    .setParameter(1, victimId).setParameter(2, caseId).setParameter(3, digest).executeUpdate();
        }
        return others;
    }

    private CaseView.VictimView victimView(VictimEntity v, Optional<DataKey> key) {
        if (v.sealed == null || key.isEmpty()) {
            return new CaseView.VictimView(v.id, v.kind, v.erasedAt != null, null, null, null, null);
        }
        VictimIdentity identity = vault.open(key.get(), v.id, v.sealed, VictimIdentity.class);
        return new CaseView.VictimView(v.id, v.kind, false, identity.name(), identity.contact(),
                identity.exactLocation(), identity.registryId());
    }

    private CaseSummary summaryAfterFlush(CaseEntity c) {
        entityManager.flush();
        return CaseSummary.of(c);
    }

    private static AssessmentView assessmentView(RiskAssessmentEntity a) {
        Set<RiskFactor> factors = EnumSet.noneOf(RiskFactor.class);
        for (String factor : a.factors) {
            factors.add(RiskFactor.valueOf(factor));
        }
        return new AssessmentView(a.id, a.level, factors, a.assessedAt, a.assessedBy);
    }

    private static <T> Outcome<T> notFound(UUID caseId) {
        return Outcome.refused(new Refusal.NotFound("case", caseId));
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 suffices: the secret is 256 random bits, so there is nothing to guess that a slow hash would protect. */
    public static String hashOfSecret(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
