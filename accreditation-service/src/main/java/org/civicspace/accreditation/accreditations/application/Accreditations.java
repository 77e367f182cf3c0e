package org.civicspace.accreditation.accreditations.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.civicspace.accreditation.accreditations.domain.AccreditationStatus;
import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.accreditations.messaging.AccreditationEvents;
import org.civicspace.accreditation.accreditations.messaging.AccreditationEvents.AccreditationChange;
import org.civicspace.accreditation.accreditations.persistence.AccreditationEntity;
import org.civicspace.accreditation.accreditations.persistence.QuadrennialReportEntity;
import org.civicspace.accreditation.applications.persistence.ApplicationEntity;
import org.civicspace.accreditation.groundspass.application.Designations;
import org.civicspace.accreditation.shared.persistence.Keyset;
import org.civicspace.platform.messaging.EventType;
import org.civicspace.platform.messaging.outbox.Outbox;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.problem.ProblemException;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Accreditations after the grant: category changes, quadrennial reports, suspension, reinstatement, withdrawal.
 * A suspension or withdrawal revokes every grounds pass of the accreditation.
 */
@ApplicationScoped
public class Accreditations {

    /** General and special consultative status report every four years. */
    static final int REPORT_YEARS = 4;

    /** Newest grant first. */
    private static final Keyset BY_GRANT = Keyset.of(Keyset.descending("grantedOn", LocalDate::parse),
            Keyset.ascending("id", UUID::fromString));
    /** Longest overdue first: the earliest due date first. */
    private static final Keyset BY_REPORT_DUE = Keyset.of(Keyset.ascending("nextReportDue", LocalDate::parse),
            Keyset.ascending("id", UUID::fromString));
    /** Latest period first; of reports on one period, the latest submitted first. */
    private static final Keyset BY_PERIOD = Keyset.of(Keyset.descending("periodEnding", LocalDate::parse),
            Keyset.descending("submittedAt", Instant::parse), Keyset.ascending("id", UUID::fromString));

    private final Caller caller;
    private final Outbox outbox;
    private final Designations designations;
    private final AccreditationConfig config;

    public Accreditations(Caller caller, Outbox outbox, Designations designations, AccreditationConfig config) {
        this.caller = caller;
        this.outbox = outbox;
        this.designations = designations;
        this.config = config;
    }

    /** The organisation's accreditation on a track, active or suspended. */
    public Optional<AccreditationEntity> heldBy(UUID organizationId, Track track) {
        return AccreditationEntity.<AccreditationEntity>find("organizationId = ?1 and track = ?2 and status <> ?3",
                organizationId, track, AccreditationStatus.WITHDRAWN).firstResultOptional();
    }

    /** Runs in the decision's transaction: a new accreditation, or a changed category. */
    @Transactional(TxType.MANDATORY)
    public void grant(ApplicationEntity application) {
        Track track = application.track;
        LocalDate today = LocalDate.now();
        EcosocCategory category = application.recommendedCategory != null ? application.recommendedCategory
                : application.requestedCategory;
        AccreditationEntity accreditation = application.changesAccreditation == null ? null
                : AccreditationEntity.findById(application.changesAccreditation);
        if (accreditation != null && accreditation.status != AccreditationStatus.WITHDRAWN) {
            accreditation.category = category;
            accreditation.nextReportDue = reportDue(category, today);
            accreditation.updatedAt = Instant.now();
            publish(AccreditationEvents.STATUS_CHANGED, accreditation, today, application.decidedAt);
            return;
        }
        if (heldBy(application.organizationId, track).isPresent()) {
            throw ProblemException.conflict("The organisation already holds a " + track + " accreditation.");
        }
        accreditation = new AccreditationEntity();
        accreditation.id = UUID.randomUUID();
        accreditation.organizationId = application.organizationId;
        accreditation.track = track;
        accreditation.category = category;
        accreditation.status = AccreditationStatus.ACTIVE;
        accreditation.grantedOn = today;
        accreditation.applicationId = application.id;
        accreditation.nextReportDue = reportDue(category, today);
        accreditation.updatedAt = Instant.now();
        accreditation.persist();
        publish(AccreditationEvents.GRANTED, accreditation, today, application.decidedAt);
    }

    /** A page of accreditations, newest grant first, after {@code cursor}. */
    @Transactional
    public Page<AccreditationDetails> list(UUID organizationId, Track track, AccreditationStatus status, int limit,
            String cursor) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (organizationId != null) {
            query.append(" and organizationId = :organization");
            parameters.put("organization", organizationId);
        }
        if (track != null) {
            query.append(" and track = :track");
            parameters.put("track", track);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.put("status", status);
        }
        BY_GRANT.after(cursor, parameters).ifPresent(after -> query.append(" and ").append(after));
        List<AccreditationEntity> rows = AccreditationEntity.<AccreditationEntity>find(
                query + " order by " + BY_GRANT.orderBy(), parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, Accreditations::view, a -> BY_GRANT.cursorOf(a.grantedOn, a.id));
    }

    @Transactional
    public AccreditationDetails get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public AccreditationDetails suspend(UUID id, String reason) {
        requireStaff();
        return suspend(find(id), reason);
    }

    @Transactional
    public AccreditationDetails reinstate(UUID id, String reason) {
        requireStaff();
        AccreditationEntity accreditation = find(id);
        requireMayMove(accreditation, AccreditationStatus.ACTIVE);
        accreditation.status = AccreditationStatus.ACTIVE;
        accreditation.statusReason = reason;
        accreditation.updatedAt = Instant.now();
        publish(AccreditationEvents.REINSTATED, accreditation, accreditation.grantedOn, accreditation.updatedAt);
        return view(accreditation);
    }

    /** Staff withdraw an accreditation; an organisation may withdraw its own. */
    @Transactional
    public AccreditationDetails withdraw(UUID id, String reason) {
        AccreditationEntity accreditation = find(id);
        caller.requireActingFor(accreditation.organizationId);
        requireMayMove(accreditation, AccreditationStatus.WITHDRAWN);
        accreditation.status = AccreditationStatus.WITHDRAWN;
        accreditation.statusReason = reason;
        accreditation.updatedAt = Instant.now();
        designations.revokeAll(accreditation, "accreditation withdrawn");
        publish(AccreditationEvents.WITHDRAWN, accreditation, LocalDate.now(), accreditation.updatedAt);
        return view(accreditation);
    }

    @Transactional
    public AccreditationDetails submitReport(UUID id, SubmitReport submission) {
        AccreditationEntity accreditation = find(id);
        caller.requireActingFor(accreditation.organizationId);
        if (accreditation.nextReportDue == null) {
            throw ProblemException.conflict("This accreditation owes no quadrennial report.");
        }
        if (accreditation.status == AccreditationStatus.WITHDRAWN) {
            throw ProblemException.conflict("This accreditation was withdrawn.");
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
        return view(accreditation);
    }

    /**
     * A page of the quadrennial reports of an accreditation, latest period first, after {@code cursor}. Like the
     * reports' submission, for the organisation's own representatives and staff only.
     */
    @Transactional
    public Page<QuadrennialReport> reports(UUID id, int limit, String cursor) {
        AccreditationEntity accreditation = find(id);
        caller.requireActingFor(accreditation.organizationId);
        StringBuilder query = new StringBuilder("accreditationId = :accreditation");
        Map<String, Object> parameters = new HashMap<>(Map.of("accreditation", id));
        BY_PERIOD.after(cursor, parameters).ifPresent(after -> query.append(" and ").append(after));
        List<QuadrennialReportEntity> rows = QuadrennialReportEntity.<QuadrennialReportEntity>find(
                query + " order by " + BY_PERIOD.orderBy(), parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, Accreditations::report,
                r -> BY_PERIOD.cursorOf(r.periodEnding, r.submittedAt, r.id));
    }

    /** One quadrennial report of an accreditation, for the organisation's own representatives and staff only. */
    @Transactional
    public QuadrennialReport report(UUID id, UUID reportId) {
        AccreditationEntity accreditation = find(id);
        caller.requireActingFor(accreditation.organizationId);
        QuadrennialReportEntity report = QuadrennialReportEntity.findById(reportId);
        if (report == null || !report.accreditationId.equals(id)) {
            throw ProblemException.notFound("quadrennial report", reportId);
        }
        return report(report);
    }

    /**
     * A page of the active accreditations whose quadrennial report is overdue on {@code today}, longest overdue
     * first, after {@code cursor}.
     */
    @Transactional
    public Page<AccreditationDetails> overdueReports(LocalDate today, int limit, String cursor) {
        requireStaff();
        StringBuilder query = new StringBuilder("status = :status and nextReportDue < :today");
        Map<String, Object> parameters = new HashMap<>(Map.of("status", AccreditationStatus.ACTIVE, "today", today));
        BY_REPORT_DUE.after(cursor, parameters).ifPresent(after -> query.append(" and ").append(after));
        List<AccreditationEntity> rows = AccreditationEntity.<AccreditationEntity>find(
                query + " order by " + BY_REPORT_DUE.orderBy(), parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, Accreditations::view, a -> BY_REPORT_DUE.cursorOf(a.nextReportDue, a.id));
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
        overdue.forEach(a -> suspend(a, "quadrennial report due " + a.nextReportDue + " not submitted"));
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

    private AccreditationDetails suspend(AccreditationEntity accreditation, String reason) {
        requireMayMove(accreditation, AccreditationStatus.SUSPENDED);
        accreditation.status = AccreditationStatus.SUSPENDED;
        accreditation.statusReason = reason;
        accreditation.updatedAt = Instant.now();
        designations.revokeAll(accreditation, "accreditation suspended");
        publish(AccreditationEvents.SUSPENDED, accreditation, accreditation.grantedOn, accreditation.updatedAt);
        return view(accreditation);
    }

    private void publish(EventType type, AccreditationEntity accreditation, LocalDate effectiveFrom,
            Instant decidedAt) {
        outbox.append(type, accreditation.organizationId, new AccreditationChange(accreditation.organizationId,
                accreditation.track, accreditation.category, effectiveFrom, decidedAt));
    }

    private static LocalDate reportDue(EcosocCategory category, LocalDate grantedOn) {
        return category != null && category.owesQuadrennialReports() ? grantedOn.plusYears(REPORT_YEARS) : null;
    }

    private static void requireMayMove(AccreditationEntity accreditation, AccreditationStatus target) {
        if (!accreditation.status.mayMoveTo(target)) {
            throw ProblemException.illegalTransition(accreditation.status, target,
                    accreditation.status.allowedNext());
        }
    }

    private void requireStaff() {
        if (!caller.hasRole(Roles.DGC_OFFICER) && !caller.hasRole(Roles.PLATFORM_ADMIN)) {
            throw ProblemException.forbidden("Only DGC officers and NGO branch staff take this step.");
        }
    }

    private static AccreditationEntity find(UUID id) {
        AccreditationEntity accreditation = AccreditationEntity.findById(id);
        if (accreditation == null) {
            throw ProblemException.notFound("accreditation", id);
        }
        return accreditation;
    }

    private static QuadrennialReport report(QuadrennialReportEntity r) {
        return new QuadrennialReport(r.id, r.accreditationId, r.periodEnding, r.summary, r.submittedAt);
    }

    static AccreditationDetails view(AccreditationEntity a) {
        boolean overdue = a.status == AccreditationStatus.ACTIVE && a.nextReportDue != null
                && a.nextReportDue.isBefore(LocalDate.now());
        return new AccreditationDetails(a.id, a.organizationId, a.track, a.category, a.status, a.grantedOn,
                a.nextReportDue, overdue);
    }
}
