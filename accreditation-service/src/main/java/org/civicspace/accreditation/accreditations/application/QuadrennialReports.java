package org.civicspace.accreditation.accreditations.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.accreditation.accreditations.domain.AccreditationStatus;
import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.persistence.AccreditationEntity;
import org.civicspace.accreditation.accreditations.persistence.QuadrennialReportEntity;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.paging.Keyset;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.security.Caller;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Quadrennial reports of general and special consultative status: submitted by the organisation, read by it and by
 * staff, and checked daily; an accreditation whose report is overdue beyond the grace period is suspended.
 */
@ApplicationScoped
public class QuadrennialReports {

    /** General and special consultative status report every four years. */
    static final int REPORT_YEARS = 4;

    /** Longest overdue first: the earliest due date first. */
    private static final Keyset BY_REPORT_DUE = Keyset.of(Keyset.ascending("nextReportDue", LocalDate::parse),
            Keyset.ascending("id", UUID::fromString));
    /** Latest period first; of reports on one period, the latest submitted first. */
    private static final Keyset BY_PERIOD = Keyset.of(Keyset.descending("periodEnding", LocalDate::parse),
            Keyset.descending("submittedAt", Instant::parse), Keyset.ascending("id", UUID::fromString));

    private final Caller caller;
    private final Accreditations accreditations;
    private final AccreditationLifecycle lifecycle;
    private final AccreditationConfig config;

    public QuadrennialReports(Caller caller, Accreditations accreditations, AccreditationLifecycle lifecycle,
            AccreditationConfig config) {
        this.caller = caller;
        this.accreditations = accreditations;
        this.lifecycle = lifecycle;
        this.config = config;
    }

    @Transactional
    public AccreditationDetails submit(UUID id, SubmitReport submission) {
        AccreditationEntity accreditation = Accreditations.find(id);
        caller.requireActingFor(accreditation.organizationId);
        if (accreditation.nextReportDue == null) {
            throw Refused.conflict("This accreditation owes no quadrennial report.");
        }
        if (accreditation.status == AccreditationStatus.WITHDRAWN) {
            throw Refused.conflict("This accreditation was withdrawn.");
        }
        QuadrennialReportEntity report = new QuadrennialReportEntity();
        report.id = UUID.randomUUID();
        report.accreditationId = id;
        report.periodEnding = submission.periodEnding();
        report.summary = submission.summary();
        report.submittedBy = caller.subject();
        report.submittedAt = Instant.now();
        report.persist();
        accreditation.nextReportDue = accreditation.nextReportDue.plusYears(REPORT_YEARS);
        accreditation.updatedAt = Instant.now();
        return Accreditations.details(accreditation);
    }

    /**
     * A page of the quadrennial reports of an accreditation, latest period first, after {@code cursor}. Like the
     * reports' submission, for the organisation's own representatives and staff only.
     */
    @Transactional
    public Page<QuadrennialReport> list(UUID id, int limit, String cursor) {
        AccreditationEntity accreditation = Accreditations.find(id);
        caller.requireActingFor(accreditation.organizationId);
        StringBuilder query = new StringBuilder("accreditationId = :accreditation");
        Map<String, Object> parameters = new HashMap<>(Map.of("accreditation", id));
        BY_PERIOD.after(cursor, parameters).ifPresent(after -> query.append(" and ").append(after));
        List<QuadrennialReportEntity> rows = QuadrennialReportEntity.<QuadrennialReportEntity>find(
                query + " order by " + BY_PERIOD.orderBy(), parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, QuadrennialReports::report,
                r -> BY_PERIOD.cursorOf(r.periodEnding, r.submittedAt, r.id));
    }

    /** One quadrennial report of an accreditation, for the organisation's own representatives and staff only. */
    @Transactional
    public QuadrennialReport get(UUID id, UUID reportId) {
        AccreditationEntity accreditation = Accreditations.find(id);
        caller.requireActingFor(accreditation.organizationId);
        QuadrennialReportEntity report = QuadrennialReportEntity.findById(reportId);
        if (report == null || !report.accreditationId.equals(id)) {
            throw Refused.notFound("quadrennial report", reportId);
        }
        return report(report);
    }

    /**
     * A page of the active accreditations whose quadrennial report is overdue on {@code today}, longest overdue
     * first, after {@code cursor}.
     */
    @Transactional
    public Page<AccreditationDetails> overdue(LocalDate today, int limit, String cursor) {
        accreditations.requireStaff();
        StringBuilder query = new StringBuilder("status = :status and nextReportDue < :today");
        Map<String, Object> parameters = new HashMap<>(Map.of("status", AccreditationStatus.ACTIVE, "today", today));
        BY_REPORT_DUE.after(cursor, parameters).ifPresent(after -> query.append(" and ").append(after));
        List<AccreditationEntity> rows = AccreditationEntity.<AccreditationEntity>find(
                query + " order by " + BY_REPORT_DUE.orderBy(), parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, Accreditations::details, a -> BY_REPORT_DUE.cursorOf(a.nextReportDue, a.id));
    }

    /**
     * Suspends every active accreditation whose report is overdue by more than the grace period on {@code today};
     * returns how many. Runs daily, and is safe to run again.
     */
    @Transactional
    public int suspendForOverdueReports(LocalDate today) {
        LocalDate dueBefore = today.minusDays(config.reportGraceDays());
        List<AccreditationEntity> overdue = AccreditationEntity.<AccreditationEntity>find(
                "status = ?1 and nextReportDue < ?2", AccreditationStatus.ACTIVE, dueBefore).list();
        overdue.forEach(a -> lifecycle.suspend(a, "quadrennial report due " + a.nextReportDue + " not submitted"));
        return overdue.size();
    }

    @Scheduled(cron = "{civicspace.accreditation.report-check-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void suspendForOverdueReportsDaily() {
        int suspended = suspendForOverdueReports(LocalDate.now());
        if (suspended > 0) {
            Log.infof("suspended %d accreditations for overdue quadrennial reports", suspended);
        }
    }

    /** When the first report of an accreditation granted on {@code grantedOn} falls due; none for roster and DGC. */
    static LocalDate firstDue(EcosocCategory category, LocalDate grantedOn) {
        return category != null && category.owesQuadrennialReports() ? grantedOn.plusYears(REPORT_YEARS) : null;
    }

    private static QuadrennialReport report(QuadrennialReportEntity r) {
        return new QuadrennialReport(r.id, r.accreditationId, r.periodEnding, r.summary, r.submittedAt);
    }
}
