package org.civicspace.events.meeting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.events.Fixtures.EVENTS;
import static org.civicspace.events.Fixtures.PROBLEM;
import static org.civicspace.events.Fixtures.aBriefing;
import static org.civicspace.events.Fixtures.aDraftEvent;
import static org.civicspace.events.Fixtures.aPublishedEvent;
import static org.civicspace.events.Fixtures.allPages;
import static org.civicspace.events.Fixtures.staff;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The list of events: a page at a time for everyone, and drafts, cancelled and past events for staff only. */
@QuarkusTest
class MeetingListingTest {

    @Test
    void pagesThroughUpcomingEventsSoonestFirstWithoutRepeats() {
        // three events starting at the same moment: the id breaks the tie, so paging neither repeats nor skips
        List<String> ours = List.of(aPublishedEvent(aBriefing(10)), aPublishedEvent(aBriefing(10)),
                aPublishedEvent(aBriefing(10))).stream().map(UUID::toString).toList();

        List<Map<String, Object>> listed = allPages(() -> given(), EVENTS, 2);

        List<Object> ids = listed.stream().map(e -> e.get("id")).toList();
        assertThat(ids).containsAll(ours).doesNotHaveDuplicates();
        assertThat(listed).allSatisfy(e -> assertThat(e.get("status")).isEqualTo("published"));
        assertThat(listed.stream().map(e -> Instant.parse((String) e.get("startsAtUtc"))).toList())
                .isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void listsDraftCancelledAndPastEventsToStaffOnly() {
        String draft = aDraftEvent(aBriefing(10)).toString();
        String cancelled = aPublishedEvent(aBriefing(10)).toString();
        staff().contentType(ContentType.JSON).body(Map.of("reason", "the room is unavailable"))
                .post(EVENTS + "/" + cancelled + "/cancellation").then().statusCode(200);
        String past = aPastEvent();

        assertThat(ids(allPages(() -> given(), EVENTS, 100))).doesNotContain(draft, cancelled, past);
        List<Map<String, Object>> drafts = allPages(() -> staff().queryParam("status", "draft")
                .queryParam("when", "all"), EVENTS, 100);
        assertThat(ids(drafts)).contains(draft).doesNotContain(cancelled, past);
        assertThat(drafts).allSatisfy(e -> assertThat(e.get("status")).isEqualTo("draft"));
        assertThat(ids(allPages(() -> staff().queryParam("status", "cancelled"), EVENTS, 100))).contains(cancelled);
        List<Map<String, Object>> ended = allPages(() -> staff().queryParam("when", "past"), EVENTS, 100);
        assertThat(ids(ended)).contains(past).doesNotContain(draft, cancelled);
        assertThat(ended.stream().map(e -> Instant.parse((String) e.get("startsAtUtc"))).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());

        given().queryParam("status", "draft").get(EVENTS).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/forbidden"))
                .body("detail", equalTo("Only DGC staff list draft, cancelled, completed or past events."));
        given().auth().oauth2(Tokens.user("cso-rep")).queryParam("when", "past").get(EVENTS).then()
                .statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/forbidden"));
    }

    @Test
    void refusesACursorItDidNotIssueAndAnUnknownStatus() {
        given().queryParam("cursor", "bm90IG91cnM").get(EVENTS).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("cursor"));
        staff().queryParam("status", "archived").get(EVENTS).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void refusesAStatusOrTimeSpeltOtherwiseNamingTheParameterAndItsValues() {
        staff().queryParam("status", "PUBLISHED").get(EVENTS).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/validation"))
                .body("violations[0].field", equalTo("status"))
                .body("violations[0].message", equalTo("must be one of: draft, published, completed, cancelled"));
        staff().queryParam("when", "Past").get(EVENTS).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/validation"))
                .body("violations[0].field", equalTo("when"))
                .body("violations[0].message", equalTo("must be one of: upcoming, past, all"));
        staff().queryParam("status", "published").queryParam("when", "upcoming").get(EVENTS).then()
                .statusCode(200);
    }

    @Test
    void documentsStatusAndWhenByTheirValues() {
        var document = given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        List<Map<String, Object>> parameters = document.getList("paths.'/api/v1/events/events'.get.parameters");
        assertThat(parameters).filteredOn(p -> p.get("name").equals("status")).singleElement()
                .extracting(p -> p.get("schema")).isEqualTo(Map.of("$ref", "#/components/schemas/EventStatus"));
        assertThat(parameters).filteredOn(p -> p.get("name").equals("when")).singleElement()
                .extracting(p -> p.get("schema")).isEqualTo(Map.of("$ref", "#/components/schemas/EventPeriod"));
        assertThat(document.getList("components.schemas.EventStatus.enum"))
                .containsExactly("draft", "published", "completed", "cancelled");
        assertThat(document.getList("components.schemas.EventPeriod.enum")).containsExactly("upcoming", "past", "all");
    }

    /** A published briefing that staff moved to earlier today: it has ended. */
    private static String aPastEvent() {
        Map<String, Object> details = aBriefing(10);
        UUID event = aPublishedEvent(details);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("America/New_York")).withNano(0);
        details.put("startsAt", now.minusHours(3).toString());
        details.put("endsAt", now.minusHours(1).toString());
        details.put("registrationOpensAt", Instant.now().minus(Duration.ofDays(2)).toString());
        details.put("registrationClosesAt", Instant.now().minus(Duration.ofHours(2)).toString());
        String etag = staff().get(EVENTS + "/" + event).then().extract().header("ETag");
        staff().contentType(ContentType.JSON).header("If-Match", etag).body(details).put(EVENTS + "/" + event)
                .then().statusCode(200);
        return event.toString();
    }

    private static List<Object> ids(List<Map<String, Object>> events) {
        return events.stream().map(e -> e.get("id")).toList();
    }
}
