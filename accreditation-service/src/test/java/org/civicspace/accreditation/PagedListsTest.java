package org.civicspace.accreditation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.accreditation.Fixtures.API;
import static org.civicspace.accreditation.Fixtures.APPLICATIONS;
import static org.civicspace.accreditation.Fixtures.aSession;
import static org.civicspace.accreditation.Fixtures.accreditationOf;
import static org.civicspace.accreditation.Fixtures.anActiveOrganization;
import static org.civicspace.accreditation.Fixtures.beforeTheCommittee;
import static org.civicspace.accreditation.Fixtures.grantedDgc;
import static org.civicspace.accreditation.Fixtures.grantedEcosoc;
import static org.civicspace.accreditation.Fixtures.readAll;
import static org.civicspace.accreditation.Fixtures.step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.civicspace.accreditation.accreditations.persistence.AccreditationEntity;
import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every list comes in cursor pages, so that every one of the 1,533 DGC associations can be listed: each page holds
 * at most limit items, and following next reads every item once, in the list's order. (Quadrennial reports and
 * grounds pass designations are walked in their own tests.)
 */
@QuarkusTest
class PagedListsTest {

    @Test
    void listsEveryAccreditationOnceNewestGrantFirst() {
        List<String> granted = IntStream.range(0, 3).mapToObj(i -> anActiveOrganization("GH", "national-ngo"))
                .map(organization -> {
                    grantedDgc(organization);
                    return accreditationOf(organization, "dgc");
                }).toList();

        List<Map<String, Object>> seen = readAll(null, API + "/accreditations", Map.of("track", "dgc"), 2);

        assertThat(seen).extracting(a -> a.get("id")).doesNotHaveDuplicates().containsAll(granted);
        assertThat(seen).isSortedAccordingTo(Comparator.<Map<String, Object>, String>comparing(
                a -> (String) a.get("grantedOn")).reversed().thenComparing(a -> (String) a.get("id")));
    }

    @Test
    void listsEverySessionOnceLatestStartFirstEvenWhenSessionsStartTheSameDay() {
        // aSession starts every session tomorrow: only the id tells them apart
        List<String> scheduled = IntStream.range(0, 3).mapToObj(i -> aSession("ecosoc").toString()).toList();

        List<Map<String, Object>> seen = readAll(null, API + "/sessions", Map.of("track", "ecosoc"), 2);

        assertThat(seen).extracting(s -> s.get("id")).doesNotHaveDuplicates().containsAll(scheduled);
        assertThat(seen).isSortedAccordingTo(Comparator.<Map<String, Object>, String>comparing(
                s -> (String) s.get("startsOn")).reversed().thenComparing(s -> (String) s.get("id")));
    }

    @Test
    void readsAnApplicationsHistoryOnceOldestStepFirst() {
        String id = beforeTheCommittee(anActiveOrganization("PE", "national-ngo"), "dgc", null, aSession("dgc"));
        step("dgc-officer", id, "deferral", Map.of("reason", "answers awaited")).statusCode(200);

        List<Map<String, Object>> seen = readAll("dgc-officer", APPLICATIONS + "/" + id + "/history", Map.of(), 2);

        assertThat(seen).extracting(h -> h.get("toState"))
                .containsExactly("draft", "submitted", "screening", "before-committee", "deferred");
        Fixtures.refusesACursorItDidNotIssueAndALimitAboveOneHundred("dgc-officer",
                APPLICATIONS + "/" + id + "/history");
    }

    @Test
    void readsASessionsAgendaOnceInTheOrderTheApplicationsWerePlaced() {
        UUID session = aSession("dgc");
        List<String> placed = IntStream.range(0, 3).mapToObj(i -> beforeTheCommittee(
                anActiveOrganization("UY", "national-ngo"), "dgc", null, session)).toList();
        // deferred and placed on the same session again: it keeps its first place, and is listed once
        step("dgc-officer", placed.get(0), "deferral", Map.of("reason", "answers awaited")).statusCode(200);
        step("dgc-officer", placed.get(0), "agenda", Map.of("sessionId", session.toString())).statusCode(200);

        List<Map<String, Object>> seen = readAll("committee-member", API + "/sessions/" + session + "/agenda",
                Map.of(), 2);

        assertThat(seen).extracting(a -> a.get("applicationId")).containsExactlyElementsOf(placed);
        assertThat(seen.get(0)).containsEntry("state", "before-committee").containsEntry("outcome", "deferred");
        Fixtures.refusesACursorItDidNotIssueAndALimitAboveOneHundred("committee-member",
                API + "/sessions/" + session + "/agenda");
    }

    @Test
    void readsOverdueReportsOnceLongestOverdueFirst() {
        // three ECOSOC accreditations whose first report fell due in the past, two of them on the same day
        List<LocalDate> dueDates = List.of(LocalDate.now().minusDays(400), LocalDate.now().minusDays(30),
                LocalDate.now().minusDays(30));
        List<String> overdue = new ArrayList<>();
        for (LocalDate due : dueDates) {
            UUID organization = anActiveOrganization("KE", "national-ngo", "sdg-6");
            grantedEcosoc(organization, "general");
            String accreditation = accreditationOf(organization, "ecosoc");
            QuarkusTransaction.requiringNew().run(() -> AccreditationEntity.<AccreditationEntity>findById(
                    UUID.fromString(accreditation)).nextReportDue = due);
            overdue.add(accreditation);
        }
        try {
            List<Map<String, Object>> seen = readAll("dgc-officer", API + "/accreditations/overdue-reports",
                    Map.of(), 2);

            assertThat(seen).extracting(a -> a.get("id")).doesNotHaveDuplicates().containsAll(overdue);
            assertThat(seen).isSortedAccordingTo(Comparator.<Map<String, Object>, String>comparing(
                    a -> (String) a.get("nextReportDue")).thenComparing(a -> (String) a.get("id")));
            assertThat(seen).extracting(a -> a.get("reportOverdue")).containsOnly(true);
            Fixtures.refusesACursorItDidNotIssueAndALimitAboveOneHundred("dgc-officer",
                    API + "/accreditations/overdue-reports");
        } finally {
            // withdrawn, so that no other test finds them overdue
            overdue.forEach(accreditation -> given().auth().oauth2(Tokens.user("dgc-officer"))
                    .contentType(ContentType.JSON).body(Map.of("reason", "test over"))
                    .post(API + "/accreditations/" + accreditation + "/withdrawal").then().statusCode(200));
        }
    }

    @Test
    void refusesACursorItDidNotIssueAndALimitAboveOneHundred() {
        for (String list : List.of(API + "/accreditations", API + "/sessions")) {
            Fixtures.refusesACursorItDidNotIssueAndALimitAboveOneHundred(null, list);
        }
    }
}
