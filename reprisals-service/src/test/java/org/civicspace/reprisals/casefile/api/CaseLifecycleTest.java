package org.civicspace.reprisals.casefile.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CASES;
import static org.civicspace.reprisals.casefile.api.CaseFixture.PROBLEM;
import static org.civicspace.reprisals.casefile.api.CaseFixture.aTravelBanIn;
import static org.civicspace.reprisals.casefile.api.CaseFixture.as;
import static org.civicspace.reprisals.casefile.api.CaseFixture.etagOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.civicspace.reprisals.RawDatabase;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The case lifecycle, risk over time, measures, follow-up actions and the first-response deadline. */
@QuarkusTest
class CaseLifecycleTest {

    static final String OVERDUE = "/api/v1/reprisals/first-responses/overdue";

    @Inject
    RawDatabase database;

    @Test
    void walksTheLifecycleAndReopensAClosedCase() {
        UUID id = aTravelBanIn("YE").reportedBy("case-officer");
        assess(id, "high");

        for (String status : List.of("assessed", "active-protection", "monitoring", "closed", "assessed")) {
            as("case-officer").header("If-Match", etagOf(id, "case-officer")).contentType(ContentType.JSON)
                    .body(Map.of("status", status)).post(CASES + "/" + id + "/status")
                    .then().statusCode(200).body("status", equalTo(status)).header("ETag", notNullValue());
        }
    }

    @Test
    void refusesAnIllegalTransitionListingTheAllowedNextStates() {
        UUID id = aTravelBanIn("YE").reportedBy("case-officer");

        as("case-officer").header("If-Match", etagOf(id, "case-officer")).contentType(ContentType.JSON)
                .body(Map.of("status", "monitoring")).post(CASES + "/" + id + "/status")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/illegal-transition"))
                .body("currentState", equalTo("reported"))
                .body("allowedNextStates", containsInAnyOrder("assessed", "closed"));
    }

    @Test
    void refusesAValueSpelledTheOldWayInABodyNamingTheField() {
        UUID id = aTravelBanIn("YE").reportedBy("case-officer");

        as("case-officer").contentType(ContentType.JSON).body(Map.of("type", "RAISE_WITH_STATE"))
                .post(CASES + "/" + id + "/measures")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/validation"))
                .body("violations[0].field", equalTo("type"));
        as("case-officer").header("If-Match", etagOf(id, "case-officer")).contentType(ContentType.JSON)
                .body(Map.of("status", "CLOSED")).post(CASES + "/" + id + "/status")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("status"));
        assertThat(database.count("SELECT count(*) FROM protective_measure WHERE case_id = ?", id)).isZero();
        as("case-officer").get(CASES + "/" + id).then().body("status", equalTo("reported"));
    }

    @Test
    void needsARiskAssessmentBeforeTheCaseIsAssessed() {
        UUID id = aTravelBanIn("YE").reportedBy("case-officer");

        as("case-officer").header("If-Match", etagOf(id, "case-officer")).contentType(ContentType.JSON)
                .body(Map.of("status", "assessed")).post(CASES + "/" + id + "/status")
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo("Record a risk assessment before marking the case assessed."));
    }

    @Test
    void statusChangesNeedTheCurrentETag() {
        UUID id = aTravelBanIn("YE").reportedBy("case-officer");
        String stale = etagOf(id, "case-officer");
        assess(id, "low");

        as("case-officer").contentType(ContentType.JSON).body(Map.of("status", "closed"))
                .post(CASES + "/" + id + "/status").then().statusCode(428).contentType(PROBLEM);
        as("case-officer").header("If-Match", stale).contentType(ContentType.JSON).body(Map.of("status", "closed"))
                .post(CASES + "/" + id + "/status").then().statusCode(412).contentType(PROBLEM);
    }

    @Test
    void keepsEveryRiskAssessmentAndShowsTheLatestAsCurrent() {
        UUID id = aTravelBanIn("YE").reportedBy("case-officer");
        assess(id, "medium");
        assess(id, "high");

        as("case-officer").get(CASES + "/" + id + "/risk-assessments")
                .then().statusCode(200).body("items.level", org.hamcrest.Matchers.contains("medium", "high"))
                .body("next", nullValue());
        as("case-officer").get(CASES + "/" + id).then().body("riskLevel", equalTo("high"));
    }

    @Test
    void movesMeasuresOnAndRefusesGoingBack() {
        UUID id = aTravelBanIn("YE").reportedBy("case-officer");
        String measure = as("case-officer").contentType(ContentType.JSON)
                .body(Map.of("type", "contact-with-person-concerned")).post(CASES + "/" + id + "/measures")
                .then().statusCode(201).extract().path("id");

        moveMeasure(id, measure, "in-progress").then().statusCode(200).body("status", equalTo("in-progress"));
        moveMeasure(id, measure, "completed").then().statusCode(200);
        moveMeasure(id, measure, "planned").then().statusCode(409).contentType(PROBLEM)
                .body("currentState", equalTo("completed"));
    }

    @Test
    void aMeasureStatusChangeAnswersTheCasesNewETag() {
        UUID id = aTravelBanIn("YE").reportedBy("case-officer");
        String measure = as("case-officer").contentType(ContentType.JSON)
                .body(Map.of("type", "contact-with-person-concerned")).post(CASES + "/" + id + "/measures")
                .then().statusCode(201).extract().path("id");
        String before = etagOf(id, "case-officer");

        String after = moveMeasure(id, measure, "in-progress").then().statusCode(200).extract().header("ETag");

        assertThat(after).isNotEqualTo(before).isEqualTo(etagOf(id, "case-officer"));
        as("case-officer").header("If-Match", after).contentType(ContentType.JSON).body(Map.of("status", "completed"))
                .post(CASES + "/" + id + "/measures/" + measure + "/status")
                .then().statusCode(200).body("status", equalTo("completed"));
        as("case-officer").header("If-Match", before).contentType(ContentType.JSON)
                .body(Map.of("status", "cancelled")).post(CASES + "/" + id + "/measures/" + measure + "/status")
                .then().statusCode(412).contentType(PROBLEM);
    }

    @Test
    void tracksFollowUpActionsWithDueDates() {
        UUID id = aTravelBanIn("YE").reportedBy("case-officer");
        String action = as("case-officer").contentType(ContentType.JSON)
                .body(Map.of("kind", "check-in-with-person-concerned", "dueOn", LocalDate.now().plusDays(7).toString()))
                .post(CASES + "/" + id + "/follow-up-actions").then().statusCode(201).extract().path("id");

        as("case-officer").post(CASES + "/" + id + "/follow-up-actions/" + action + "/completion")
                .then().statusCode(200).body("completedAt", notNullValue());
        as("case-officer").get(CASES + "/" + id).then().body("followUpActions[0].completedAt", notNullValue());
    }

    @Test
    void aCriticalCaseGetsAFirstResponseDeadlineOf24Hours() {
        UUID id = aTravelBanIn("YE").inImmediateDanger().reportedBy("case-officer");

        String due = as("case-officer").get(CASES + "/" + id).then().statusCode(200)
                .body("riskLevel", equalTo("critical")).extract().path("firstResponseDueAt");
        String reported = as("case-officer").get(CASES + "/" + id).then().extract().path("reportedAt");

        assertThat(java.time.Duration.between(java.time.Instant.parse(reported), java.time.Instant.parse(due)))
                .isEqualTo(java.time.Duration.ofHours(24));
    }

    @Test
    void listsOverdueCriticalCasesUntilTheyGetAFirstResponse() {
        UUID id = aTravelBanIn("YE").inImmediateDanger().reportedBy("case-officer");
        database.backdate(id, "first_response_due_at", "1 minute");

        assertThat(Pages.all(Pages.walk("case-officer", OVERDUE, 100), "id")).contains(id.toString());
        assertThat(Pages.all(Pages.walk("case-officer-2", OVERDUE, 100), "id")).doesNotContain(id.toString());

        as("case-officer").contentType(ContentType.JSON).body(Map.of("type", "contact-with-person-concerned"))
                .post(CASES + "/" + id + "/measures").then().statusCode(201);
        assertThat(Pages.all(Pages.walk("case-officer", OVERDUE, 100), "id")).doesNotContain(id.toString());
    }

    private static void assess(UUID id, String level) {
        as("case-officer").contentType(ContentType.JSON)
                .body(Map.of("level", level, "factors", List.of("prior-threats")))
                .post(CASES + "/" + id + "/risk-assessments").then().statusCode(201);
    }

    private static io.restassured.response.Response moveMeasure(UUID id, String measure, String status) {
        return as("case-officer").header("If-Match", etagOf(id, "case-officer")).contentType(ContentType.JSON)
                .body(Map.of("status", status)).post(CASES + "/" + id + "/measures/" + measure + "/status");
    }
}
