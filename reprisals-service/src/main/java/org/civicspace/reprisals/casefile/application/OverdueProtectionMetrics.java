package org.civicspace.reprisals.casefile.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.platform.messaging.metrics.DatabaseGauges;
import org.civicspace.reprisals.casefile.domain.CaseStatus;
import org.civicspace.reprisals.casefile.domain.RiskLevel;

import io.quarkus.runtime.Startup;

/**
 * How far protection of people at critical risk is behind, on {@code /q/metrics} for the alerts: the open cases past
 * their first-response deadline, and the open follow-up actions of critical cases past their due date. Two counts and
 * nothing else leave the service: no case id, country, act or officer, so the metrics store learns nothing about a
 * case (the supervisor finds the cases through the API, where access is checked and audited).
 */
@Startup
@ApplicationScoped
public class OverdueProtectionMetrics {

    static final String FIRST_RESPONSES_OVERDUE = "civicspace.reprisals.first.responses.overdue";
    static final String CRITICAL_FOLLOW_UPS_OVERDUE = "civicspace.reprisals.critical.follow.ups.overdue";

    public OverdueProtectionMetrics(DatabaseGauges gauges) {
        // the same condition as FirstResponseWatch and CaseReading.overdueFirstResponses, counted whether or not
        // the alert event was already sent
        gauges.register(FIRST_RESPONSES_OVERDUE,
                "Open critical cases past their first-response deadline without a first response", null, """
                        SELECT count(*) FROM reprisal_case
                        WHERE first_response_at IS NULL AND first_response_due_at < now() AND status <> '%s'"""
                        .formatted(CaseStatus.CLOSED.name()));
        // a follow-up action is due on a day: it is overdue from the next day on, until it is completed
        gauges.register(CRITICAL_FOLLOW_UPS_OVERDUE,
                "Follow-up actions of open critical cases past their due date and not completed", null, """
                        SELECT count(*) FROM follow_up_action f JOIN reprisal_case c ON c.id = f.case_id
                        WHERE f.completed_at IS NULL AND f.due_on < current_date
                          AND c.risk_level = '%s' AND c.status <> '%s'"""
                        .formatted(RiskLevel.CRITICAL.name(), CaseStatus.CLOSED.name()));
    }
}
