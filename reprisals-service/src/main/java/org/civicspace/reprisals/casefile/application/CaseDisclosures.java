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
import org.civicspace.reprisals.casefile.domain.AnnualReportInclusion;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.casefile.persistence.VictimEntity;
import org.civicspace.reprisals.commons.domain.Actor;
import org.civicspace.reprisals.consent.domain.ConsentPolicy;
import org.civicspace.reprisals.consent.domain.ConsentScope;
import org.civicspace.reprisals.consent.persistence.ConsentEntity;
import org.civicspace.reprisals.protection.application.ProtectionFlags;

/**
 * What leaves the case file with the consent of the people concerned: a protection flag for UN entities, and the
 * case's inclusion in the Secretary-General's annual report.
 */
@ApplicationScoped
public class CaseDisclosures {

    private final CaseAccess access;
    private final AuditLog audit;
    private final ProtectionFlags flags;

    public CaseDisclosures(CaseAccess access, AuditLog audit, ProtectionFlags flags) {
        this.access = access;
        this.audit = audit;
        this.flags = flags;
    }

    /** Publishes a protection flag for a registry-linked victim, only with consent to share with UN entities. */
    @Transactional
    public Outcome<UUID> flagProtection(Actor actor, UUID caseId, UUID victimId) {
        Optional<CaseEntity> found = access.accessible(actor, caseId, AuditAction.PROTECTION_FLAG_PUBLISHED);
        if (found.isEmpty()) {
            return CaseAccess.notFound(caseId);
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
        Optional<CaseEntity> found = access.accessible(actor, caseId, AuditAction.ANNUAL_REPORT_INCLUSION);
        if (found.isEmpty()) {
            return CaseAccess.notFound(caseId);
        }
        CaseEntity c = found.get();
        Optional<Refusal> refusal = access.consentCheck(actor, c, ConsentPolicy.scopeNeededForAnnualReport(named));
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        c.annualReport = named ? AnnualReportInclusion.NAMED : AnnualReportInclusion.ANONYMOUS;
        c.touch(Instant.now());
        audit.record(actor, AuditAction.ANNUAL_REPORT_INCLUSION, c.id, null, c.annualReport.name());
        return Outcome.done(access.summaryAfterFlush(c));
    }
}
