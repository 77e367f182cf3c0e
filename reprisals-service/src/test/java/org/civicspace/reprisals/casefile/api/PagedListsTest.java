package org.civicspace.reprisals.casefile.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CASES;
import static org.civicspace.reprisals.casefile.api.CaseFixture.PROBLEM;
import static org.civicspace.reprisals.casefile.api.CaseFixture.aTravelBanIn;
import static org.civicspace.reprisals.casefile.api.CaseFixture.as;
import static org.civicspace.reprisals.consent.api.Consents.recordConsent;
import static org.civicspace.reprisals.consent.api.Consents.victimOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.civicspace.reprisals.RawDatabase;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The lists of a case, and of overdue first responses, answer pages: a walk with {@code next} sees every item once,
 * in a stable order, and a page tells nothing of what the caller may not see, not even that more follows.
 */
@QuarkusTest
class PagedListsTest {

    static final String OVERDUE = "/api/v1/reprisals/first-responses/overdue";

    @Inject
    RawDatabase database;

    @Test
    void walksAllConsentsOfACaseInTheOrderTheyWereGiven() {
        UUID id = aTravelBanIn("FJ").reportedBy("case-officer");
        String victim = victimOf(id);
        List<String> recorded = new ArrayList<>();
        recorded.add(database.text("SELECT id FROM consent WHERE case_id = ?", id));
        for (String scope : List.of("raise-with-state", "share-within-ohchr", "share-with-un-entities",
                "sg-report-anonymous")) {
            recorded.add(recordConsent(id, victim, scope));
        }

        var pages = Pages.walk("case-officer", CASES + "/" + id + "/consents", 2);

        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(Pages.all(pages, "id")).containsExactlyElementsOf(recorded);
    }

    @Test
    void walksAllRiskAssessmentsOfACaseOldestFirst() {
        UUID id = aTravelBanIn("FJ").reportedBy("case-officer");
        List<String> levels = List.of("low", "medium", "high", "critical", "medium");
        for (String level : levels) {
            as("case-officer").contentType(ContentType.JSON)
                    .body(Map.of("level", level, "factors", List.of("prior-threats")))
                    .post(CASES + "/" + id + "/risk-assessments").then().statusCode(201);
        }

        var pages = Pages.walk("case-officer", CASES + "/" + id + "/risk-assessments", 2);

        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(Pages.all(pages, "level")).containsExactlyElementsOf(levels);
        assertThat(Pages.all(pages, "id")).doesNotHaveDuplicates();
    }

    @Test
    void walksThePossibleDuplicatesOfACaseByIdWithoutLossOrRepeat() {
        CaseFixture person = aTravelBanIn("FJ");
        List<String> others = new ArrayList<>();
        others.add(person.reportedBy("case-officer").toString());
        for (int i = 0; i < 3; i++) {
            others.add(aTravelBanIn("FJ").aboutTheSamePersonAs(person).reportedBy("case-officer").toString());
        }
        UUID id = aTravelBanIn("FJ").aboutTheSamePersonAs(person).reportedBy("case-officer");

        var pages = Pages.walk("case-officer", CASES + "/" + id + "/possible-duplicates", 3);

        assertThat(pages).extracting(List::size).containsExactly(3, 1);
        // PostgreSQL orders uuids byte by byte, as their text sorts (Java's UUID.compareTo compares signed halves)
        assertThat(Pages.all(pages, "caseId")).containsExactlyElementsOf(others.stream().sorted().toList());
    }

    @Test
    void aPageOfPossibleDuplicatesTellsOfNoCaseTheCallerMayNotSee() {
        CaseFixture person = aTravelBanIn("FJ");
        UUID hidden = person.reportedBy("case-officer");
        UUID visible = aTravelBanIn("FJ").aboutTheSamePersonAs(person).reportedBy("case-officer-2");
        UUID id = aTravelBanIn("FJ").aboutTheSamePersonAs(person).reportedBy("case-officer-2");
        String path = CASES + "/" + id + "/possible-duplicates";

        as("case-officer-2").queryParam("limit", 1).get(path).then().statusCode(200)
                .body("items.caseId", contains(visible.toString()))
                .body("next", nullValue());
        assertThat(Pages.all(Pages.walk("case-supervisor", path, 1), "caseId"))
                .containsExactlyInAnyOrder(hidden.toString(), visible.toString());
    }

    @Test
    void walksTheOverdueFirstResponsesLongestOverdueFirstAmongTheCasesTheCallerMaySee() {
        List<String> overdue = new ArrayList<>();
        for (int minutes = 5; minutes > 0; minutes--) {
            UUID id = aTravelBanIn("FJ").inImmediateDanger().reportedBy("case-officer");
            database.backdate(id, "first_response_due_at", minutes + " minutes");
            overdue.add(id.toString());
        }

        var pages = Pages.walk("case-officer", OVERDUE, 2);

        List<Object> listed = Pages.all(pages, "id");
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(listed.stream().filter(overdue::contains).toList()).containsExactlyElementsOf(overdue);
        assertThat(pages.size()).isGreaterThanOrEqualTo(3);
        assertThat(Pages.all(Pages.walk("case-officer-2", OVERDUE, 2), "id")).doesNotContainAnyElementsOf(overdue);
    }

    @Test
    void anAbsentAndAForbiddenCaseAnswerTheSameWhateverThePage() {
        UUID id = aTravelBanIn("FJ").reportedBy("case-officer");
        UUID nonexistent = UUID.randomUUID();

        for (String list : List.of("/consents", "/risk-assessments", "/possible-duplicates")) {
            var refused = as("case-officer-2").queryParam("limit", 1).get(CASES + "/" + id + list)
                    .then().statusCode(404).contentType(PROBLEM).extract().jsonPath();
            var absent = as("case-officer-2").queryParam("limit", 1).get(CASES + "/" + nonexistent + list)
                    .then().statusCode(404).contentType(PROBLEM).extract().jsonPath();
            assertThat(refused.getString("detail"))
                    .isEqualTo(absent.getString("detail").replace(nonexistent.toString(), id.toString()));
        }
    }

    @Test
    void refusesALimitOutOfRangeAndACursorNoListIssued() {
        UUID id = aTravelBanIn("FJ").reportedBy("case-officer");

        as("case-officer").queryParam("limit", 101).get(CASES + "/" + id + "/consents")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("limit"));
        for (String path : List.of(CASES + "/" + id + "/consents", CASES + "/" + id + "/risk-assessments",
                CASES + "/" + id + "/possible-duplicates", OVERDUE)) {
            as("case-officer").queryParam("cursor", "bm90LWEtY3Vyc29y").get(path)
                    .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("cursor"));
        }
    }
}
