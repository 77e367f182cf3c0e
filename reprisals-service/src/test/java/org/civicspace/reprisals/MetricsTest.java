package org.civicspace.reprisals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CASES;
import static org.civicspace.reprisals.casefile.api.CaseFixture.aTravelBanIn;
import static org.civicspace.reprisals.casefile.api.CaseFixture.as;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.civicspace.reprisals.casefile.api.CaseFixture;
import org.civicspace.testing.ServiceMetrics;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What Prometheus scrapes from the service without a token (deploy/k8s/base/monitoring.yaml) and the alerts in
 * prometheus-rules.yaml read, and that the overdue-protection counts say nothing about a case.
 */
@QuarkusTest
class MetricsTest {

    static final String FOLLOW_UPS_OVERDUE = "civicspace.reprisals.critical.follow.ups.overdue";

    @Inject
    MeterRegistry registry;
    @Inject
    RawDatabase database;

    @Test
    void exportsLatencyHistogramJvmOutboxBacklogAndOverdueProtectionWithoutAToken() {
        as("case-officer").get(CASES).then().statusCode(200);

        ServiceMetrics.assertExported("reprisals-service", CASES,
                "civicspace_reprisals_first_responses_overdue{application=\"reprisals-service\"}",
                "civicspace_reprisals_critical_follow_ups_overdue{application=\"reprisals-service\"}");
    }

    @Test
    void countsAFollowUpOfACriticalCaseFromTheDayAfterItWasDueUntilItIsCompleted() {
        UUID critical = aTravelBanIn("YE").inImmediateDanger().reportedBy("case-officer");
        UUID notCritical = aTravelBanIn("YE").reportedBy("case-officer");
        double before = gauge(FOLLOW_UPS_OVERDUE);

        String overdue = addFollowUp(critical, LocalDate.now().minusDays(1));
        addFollowUp(critical, LocalDate.now());
        addFollowUp(notCritical, LocalDate.now().minusDays(3));

        assertThat(gauge(FOLLOW_UPS_OVERDUE)).isEqualTo(before + 1);

        as("case-officer").post(CASES + "/" + critical + "/follow-up-actions/" + overdue + "/completion")
                .then().statusCode(200);

        assertThat(gauge(FOLLOW_UPS_OVERDUE)).isEqualTo(before);
    }

    @Test
    void countsACriticalCasePastItsFirstResponseDeadline() {
        UUID critical = aTravelBanIn("YE").inImmediateDanger().reportedBy("case-officer");
        double before = gauge("civicspace.reprisals.first.responses.overdue");

        database.execute("UPDATE reprisal_case SET first_response_due_at = now() - interval '1 minute' WHERE id = '"
                + critical + "'");

        assertThat(gauge("civicspace.reprisals.first.responses.overdue")).isEqualTo(before + 1);
    }

    @Test
    void theOverdueCountsCarryNothingAboutACase() {
        UUID critical = aTravelBanIn("YE").inImmediateDanger().reportedBy("case-officer");
        addFollowUp(critical, LocalDate.now().minusDays(1));

        String reprisalsLines = String.join("\n", ServiceMetrics.scrape().lines()
                .filter(line -> line.startsWith("civicspace_reprisals_")).toList());

        assertThat(reprisalsLines).isNotEmpty().doesNotContain(critical.toString()).doesNotContain("YE");
        assertThat(registry.find(FOLLOW_UPS_OVERDUE).gauges()).singleElement()
                .satisfies(g -> assertThat(g.getId().getTags()).extracting("key").containsExactly("application"));
    }

    private String addFollowUp(UUID caseId, LocalDate dueOn) {
        return as("case-officer").contentType(ContentType.JSON)
                .body(Map.of("kind", "check-in-with-person-concerned", "dueOn", dueOn.toString()))
                .post(CASES + "/" + caseId + "/follow-up-actions").then().statusCode(201).extract().path("id");
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
