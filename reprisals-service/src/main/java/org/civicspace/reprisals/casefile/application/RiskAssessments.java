package org.civicspace.reprisals.casefile.application;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.platform.domain.Outcome;
import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.domain.CaseEvent;
import org.civicspace.reprisals.casefile.domain.FirstResponsePolicy;
import org.civicspace.reprisals.casefile.domain.RiskFactor;
import org.civicspace.reprisals.casefile.domain.RiskLevel;
import org.civicspace.reprisals.casefile.messaging.CaseEventPublisher;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.casefile.persistence.RiskAssessmentEntity;
import org.civicspace.reprisals.commons.application.ReprisalsConfig;
import org.civicspace.reprisals.commons.domain.Actor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Assesses the risk a person concerned runs; the level sets the first-response deadline. */
@ApplicationScoped
public class RiskAssessments {

    private final CaseAccess access;
    private final AuditLog audit;
    private final CaseEventPublisher events;
    private final FirstResponsePolicy firstResponse;

    public RiskAssessments(CaseAccess access, AuditLog audit, CaseEventPublisher events, ReprisalsConfig config) {
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.firstResponse = new FirstResponsePolicy(config.firstResponseDeadline());
    }

    /** One risk assessment, as recorded. */
    @Schema(name = "RiskAssessment")
    public record AssessmentView(UUID id, RiskLevel level, Set<RiskFactor> factors, Instant assessedAt,
            @Schema(example = "case-officer-a") String assessedBy) {
    }

    @Transactional
    public Outcome<AssessmentView> assessRisk(Actor actor, UUID caseId, RiskLevel level, Set<RiskFactor> factors) {
        Optional<CaseEntity> found = access.accessible(actor, caseId, AuditAction.RISK_ASSESSED);
        if (found.isEmpty()) {
            return CaseAccess.notFound(caseId);
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
        Optional<CaseEntity> found = access.accessible(actor, caseId, AuditAction.CASE_READ);
        if (found.isEmpty()) {
            return CaseAccess.notFound(caseId);
        }
        audit.record(actor, AuditAction.CASE_READ, caseId, null, "RISK_HISTORY");
        return Outcome.done(RiskAssessmentEntity.ofCase(caseId, afterAssessedAt, afterId, limit).stream()
                .map(RiskAssessments::assessmentView).toList());
    }

    /** Records an assessment within the caller's transaction and sets the case's risk and deadline from it. */
    RiskAssessmentEntity assess(CaseEntity c, RiskLevel level, Set<RiskFactor> factors, Actor actor,
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

    private static AssessmentView assessmentView(RiskAssessmentEntity a) {
        Set<RiskFactor> factors = EnumSet.noneOf(RiskFactor.class);
        for (String factor : a.factors) {
            factors.add(RiskFactor.valueOf(factor));
        }
        return new AssessmentView(a.id, a.level, factors, a.assessedAt, a.assessedBy);
    }
}
