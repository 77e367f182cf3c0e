package org.civicspace.events.registration.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.events.Fixtures.CSO_REP_ORGANIZATION;
import static org.civicspace.events.Fixtures.EVENTS;
import static org.civicspace.events.Fixtures.PROBLEM;
import static org.civicspace.events.Fixtures.aBriefing;
import static org.civicspace.events.Fixtures.aDraftEvent;
import static org.civicspace.events.Fixtures.aPublishedEvent;
import static org.civicspace.events.Fixtures.aYouth;
import static org.civicspace.events.Fixtures.anAdult;
import static org.civicspace.events.Fixtures.register;
import static org.civicspace.events.Fixtures.staff;
import static org.civicspace.testing.TopicReader.header;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.civicspace.events.registration.messaging.RegistrationMessages;
import org.civicspace.testing.EventSchemas;
import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Seats, the youth share, the waiting list and its promotions, limits, invitations, check-in and the survey. */
@QuarkusTest
class RegistrationTest {

    static UUID anOrganization() {
        return UUID.randomUUID();
    }

    static String cancelRegistration(UUID event, String registration) {
        return staff().contentType(ContentType.JSON).body(Map.of("reason", "cannot travel"))
                .post(EVENTS + "/" + event + "/registrations/" + registration + "/cancellation")
                .then().statusCode(200).extract().path("status");
    }

    @Test
    void confirmsUntilFullThenWaitlistsAndPromotesTheFirstWhenASeatFrees() {
        UUID event = aPublishedEvent(aBriefing(2));
        try (TopicReader topic = new TopicReader(RegistrationMessages.TOPIC)) {
            String first = register(event, anAdult(anOrganization())).statusCode(201)
                    .body("status", equalTo("confirmed")).body("checkInCode", notNullValue()).extract().path("id");
            register(event, anAdult(anOrganization())).statusCode(201).body("status", equalTo("confirmed"));
            String waiting = register(event, anAdult(anOrganization())).statusCode(201)
                    .body("status", equalTo("waitlisted")).body("waitlistPosition", equalTo(1)).extract().path("id");
            register(event, anAdult(anOrganization())).statusCode(201).body("waitlistPosition", equalTo(2));

            assertThat(cancelRegistration(event, first)).isEqualTo("cancelled");

            given().auth().oauth2(Tokens.user("dgc-officer")).get(EVENTS + "/" + event + "/registrations").then()
                    .body("items.find { it.id == '" + waiting + "' }.status", equalTo("confirmed"))
                    .body("items.findAll { it.status == 'confirmed' }", hasSize(2))
                    .body("items.findAll { it.status == 'waitlisted' }", hasSize(1));
            staff().get(EVENTS + "/" + event).then().body("confirmed", equalTo(2)).body("waitlisted", equalTo(1));

            var records = topic.await(r -> event.toString().equals(r.key()), 6, Duration.ofSeconds(20));
            assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(
                    RegistrationMessages.CONFIRMED.name(), RegistrationMessages.CONFIRMED.name(),
                    RegistrationMessages.WAITLISTED.name(), RegistrationMessages.WAITLISTED.name(),
                    RegistrationMessages.CANCELLED.name(), RegistrationMessages.PROMOTED.name());
            records.forEach(r -> assertThat(EventSchemas.violations(header(r, "ce_type"), r.value())).isEmpty());
            assertThat(records.get(0).value()).doesNotContain("person@example.org").doesNotContain("Person ");
        }
    }

    @Test
    void neverOverbooksUnderManyConcurrentRequests() throws Exception {
        int capacity = 5;
        int requests = 16;
        UUID event = aPublishedEvent(aBriefing(capacity));
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            people.add(anAdult(anOrganization()));
        }
        String token = Tokens.user("dgc-officer");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> statuses = new ArrayList<>();
        try {
            List<Future<String>> results = new ArrayList<>();
            for (UUID person : people) {
                Callable<String> request = () -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON)
                            .body(Map.of("representativeId", person.toString(), "fullName", "P",
                                    "email", "p@example.org"))
                            .post(EVENTS + "/" + event + "/registrations").then().statusCode(201)
                            .extract().path("status");
                };
                results.add(pool.submit(request));
            }
            start.countDown();
            for (Future<String> result : results) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).filteredOn("confirmed"::equals).hasSize(capacity);
        assertThat(statuses).filteredOn("waitlisted"::equals).hasSize(requests - capacity);
        staff().get(EVENTS + "/" + event).then().body("confirmed", equalTo(capacity))
                .body("waitlisted", equalTo(requests - capacity));
    }

    @Test
    void keepsTheYouthShareForYouthAndLetsYouthTakeAnySeat() {
        Map<String, Object> details = aBriefing(4);
        details.put("youthSharePercent", 50);
        UUID event = aPublishedEvent(details);
        staff().get(EVENTS + "/" + event).then().body("youthSeats", equalTo(2));

        register(event, anAdult(anOrganization())).body("status", equalTo("confirmed")).body("youth", equalTo(false));
        register(event, anAdult(anOrganization())).body("status", equalTo("confirmed"));
        String adultWaiting = register(event, anAdult(anOrganization())).body("status", equalTo("waitlisted"))
                .extract().path("id");
        String youth = register(event, aYouth(anOrganization())).body("status", equalTo("confirmed"))
                .body("youth", equalTo(true)).extract().path("id");
        register(event, aYouth(anOrganization())).body("status", equalTo("confirmed"));
        register(event, aYouth(anOrganization())).body("status", equalTo("waitlisted"));

        // a youth seat frees: the adult first in line may not take it, the youth behind them does
        cancelRegistration(event, youth);
        given().auth().oauth2(Tokens.user("dgc-officer")).get(EVENTS + "/" + event + "/registrations").then()
                .body("items.find { it.id == '" + adultWaiting + "' }.status", equalTo("waitlisted"))
                .body("items.findAll { it.status == 'confirmed' && it.youth }", hasSize(2));
    }

    @Test
    void listsTheParticipantsPageByPageInTheOrderTheyRegistered() {
        UUID event = aPublishedEvent(aBriefing(2));
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            registered.add(register(event, anAdult(anOrganization())).statusCode(201).extract().path("id"));
        }

        List<Map<String, Object>> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = staff().queryParam("limit", 2).queryParam("cursor", cursor == null ? "" : cursor)
                    .get(EVENTS + "/" + event + "/registrations").then().statusCode(200).extract();
            List<Map<String, Object>> items = page.path("items");
            assertThat(items).hasSizeLessThanOrEqualTo(2);
            seen.addAll(items);
            cursor = page.path("next");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).extracting(r -> r.get("id")).containsExactlyElementsOf(registered);
        assertThat(seen).extracting(r -> r.get("status"))
                .containsExactly("confirmed", "confirmed", "waitlisted", "waitlisted", "waitlisted");
        // the waiting list's positions run on across pages
        assertThat(seen).extracting(r -> r.get("waitlistPosition")).containsExactly(null, null, 1, 2, 3);
    }

    @Test
    void refusesACursorTheRegistrationsListDidNotIssue() {
        UUID event = aPublishedEvent(aBriefing(2));
        staff().queryParam("cursor", "bm90LWEtY3Vyc29y").get(EVENTS + "/" + event + "/registrations").then()
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("cursor"));
        staff().queryParam("limit", 101).get(EVENTS + "/" + event + "/registrations").then().statusCode(400)
                .contentType(PROBLEM);
        staff().get(EVENTS + "/" + UUID.randomUUID() + "/registrations").then().statusCode(404)
                .contentType(PROBLEM).body("type", equalTo("https://civicspace.org/problems/not-found"));
    }

    @Test
    void limitsRegistrationsPerOrganizationAndRefusesTheSamePersonTwice() {
        Map<String, Object> details = aBriefing(50);
        details.put("perOrganizationLimit", 2);
        UUID event = aPublishedEvent(details);
        UUID organization = anOrganization();
        UUID person = anAdult(organization);
        register(event, person).statusCode(201);

        register(event, person).statusCode(409).contentType(PROBLEM);
        register(event, anAdult(organization)).statusCode(201);
        register(event, anAdult(organization)).statusCode(409)
                .body("type", equalTo("https://civicspace.org/problems/organization-limit"));
    }

    @Test
    void takesRegistrationsOnlyForPublishedEventsInTheirWindow() {
        Map<String, Object> details = aBriefing(10);
        UUID draft = aDraftEvent(details);
        register(draft, anAdult(anOrganization())).statusCode(409)
                .body("type", equalTo("https://civicspace.org/problems/registration-closed"));

        Map<String, Object> notYet = aBriefing(10);
        notYet.put("registrationOpensAt", Instant.now().plus(Duration.ofDays(3)).toString());
        register(aPublishedEvent(notYet), anAdult(anOrganization())).statusCode(409)
                .body("detail", startsWith("Registration is open from"));
    }

    @Test
    void letsARepresentativeRegisterOnlyTheirOwnOrganizationsPeople() {
        UUID event = aPublishedEvent(aBriefing(10));
        UUID own = anAdult(CSO_REP_ORGANIZATION);

        String id = register(event, own, "cso-rep", "me@example.org", null).statusCode(201).extract().path("id");
        register(event, anAdult(anOrganization()), "cso-rep", "x@example.org", null).statusCode(403)
                .contentType(PROBLEM);
        given().auth().oauth2(Tokens.user("cso-rep")).get(EVENTS + "/" + event + "/registrations")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id))
                .body("next", nullValue());
        given().auth().oauth2(Tokens.user("cso-rep-2")).get(EVENTS + "/" + event + "/registrations")
                .then().statusCode(200).body("items", hasSize(0)).body("next", nullValue());
        given().auth().oauth2(Tokens.user("dashboard")).get(EVENTS + "/" + event + "/registrations")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.user("cso-rep-2")).contentType(ContentType.JSON)
                .body(Map.of("reason", "not mine"))
                .post(EVENTS + "/" + event + "/registrations/" + id + "/cancellation").then().statusCode(404);
        given().get(EVENTS + "/" + event + "/registrations").then().statusCode(401);
        register(event, UUID.randomUUID()).statusCode(400).body("violations[0].field", equalTo("representativeId"));
    }

    @Test
    void bindsAnInvitationToOneEmailAddress() {
        Map<String, Object> details = aBriefing(10);
        details.put("invitationOnly", true);
        UUID event = aPublishedEvent(details);
        String code = staff().contentType(ContentType.JSON).body(Map.of("email", "Invited@Example.org"))
                .post(EVENTS + "/" + event + "/invitations").then().statusCode(201).extract().path("code");

        register(event, anAdult(anOrganization()), "dgc-officer", "someone.else@example.org", code).statusCode(403)
                .body("type", equalTo("https://civicspace.org/problems/invitation-required"));
        register(event, anAdult(anOrganization()), "dgc-officer", "invited@example.org", null).statusCode(403);
        register(event, anAdult(anOrganization()), "dgc-officer", "invited@example.org", code).statusCode(201);
        register(event, anAdult(anOrganization()), "dgc-officer", "invited@example.org", code).statusCode(409);
    }

    @Test
    void recordsAttendanceAndOpensTheSurveyToAttendeesOnly() {
        Map<String, Object> details = aBriefing(10);
        UUID event = aPublishedEvent(details);
        String code = register(event, anAdult(anOrganization())).statusCode(201).extract().path("checkInCode");
        String absent = register(event, anAdult(anOrganization())).statusCode(201).extract().path("id");
        // the briefing took place earlier today: staff move it there
        LocalDateTime now = LocalDateTime.now(ZoneId.of("America/New_York")).withNano(0);
        details.put("startsAt", now.minusHours(3).toString());
        details.put("endsAt", now.minusHours(1).toString());
        details.put("registrationOpensAt", Instant.now().minus(Duration.ofDays(2)).toString());
        details.put("registrationClosesAt", Instant.now().minus(Duration.ofHours(2)).toString());
        String etag = staff().get(EVENTS + "/" + event).then().extract().header("ETag");
        staff().contentType(ContentType.JSON).header("If-Match", etag).body(details).put(EVENTS + "/" + event)
                .then().statusCode(200);

        try (TopicReader topic = new TopicReader(RegistrationMessages.TOPIC)) {
            staff().contentType(ContentType.JSON).body(Map.of("checkInCode", code.toLowerCase()))
                    .post(EVENTS + "/" + event + "/check-ins").then().statusCode(200)
                    .body("status", equalTo("attended"));
            staff().contentType(ContentType.JSON).body(Map.of("checkInCode", code))
                    .post(EVENTS + "/" + event + "/check-ins").then().statusCode(200);
            var attendance = topic.await(r -> event.toString().equals(r.key())
                    && RegistrationMessages.ATTENDANCE_RECORDED.name().equals(header(r, "ce_type")), 1,
                    Duration.ofSeconds(20));
            assertThat(attendance).hasSize(1);
        }
        staff().post(EVENTS + "/" + event + "/completion").then().statusCode(200).body("status", equalTo("completed"));
        staff().get(EVENTS + "/" + event + "/registrations").then()
                .body("items.find { it.id == '" + absent + "' }.status", equalTo("no-show"));

        given().contentType(ContentType.JSON).body(Map.of("checkInCode", "NOTACODE", "overall", 5, "usefulness", 5,
                "wouldRecommend", true)).post(EVENTS + "/" + event + "/feedback").then().statusCode(403)
                .body("type", equalTo("https://civicspace.org/problems/attendees-only"));
        given().contentType(ContentType.JSON).body(Map.of("checkInCode", code, "overall", 4, "usefulness", 5,
                "wouldRecommend", true, "comment", "Useful")).post(EVENTS + "/" + event + "/feedback")
                .then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("checkInCode", code, "overall", 1, "usefulness", 1,
                "wouldRecommend", false)).post(EVENTS + "/" + event + "/feedback").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("checkInCode", code, "overall", 9, "usefulness", 1,
                "wouldRecommend", false)).post(EVENTS + "/" + event + "/feedback").then().statusCode(400)
                .body("violations[0].field", equalTo("overall"));
        given().get(EVENTS + "/" + event + "/feedback").then().statusCode(200)
                .body("responses", equalTo(1)).body("attended", equalTo(1))
                .body("averageOverall", equalTo(4.0f)).body("wouldRecommendShare", equalTo(1.0f))
                .body("overallDistribution.4", equalTo(1));

        staff().get(EVENTS + "/" + event + "/feedback/comments").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].comment", equalTo("Useful"))
                .body("items[0].overall", equalTo(4)).body("items[0].id", notNullValue())
                .body("items[0].registrationId", nullValue()).body("next", nullValue());
        given().get(EVENTS + "/" + event + "/feedback").then().body("comment", nullValue());
        given().auth().oauth2(Tokens.user("cso-rep")).get(EVENTS + "/" + event + "/feedback/comments").then()
                .statusCode(403).contentType(PROBLEM);
        given().get(EVENTS + "/" + event + "/feedback/comments").then().statusCode(401);
        staff().get(EVENTS + "/" + UUID.randomUUID() + "/feedback/comments").then().statusCode(404)
                .contentType(PROBLEM).body("type", equalTo("https://civicspace.org/problems/not-found"));
    }

    @Test
    void answersADraftsSurveyResultsExactlyAsTheDraftItself() {
        UUID draft = aDraftEvent(aBriefing(10));
        for (String user : new String[] { null, "cso-rep", "cso-rep-2" }) {
            var event = as(user).get(EVENTS + "/" + draft).then().statusCode(404).contentType(PROBLEM)
                    .extract().jsonPath().<String, Object>getMap("$");
            var summary = as(user).get(EVENTS + "/" + draft + "/feedback").then().statusCode(404)
                    .contentType(PROBLEM).extract().jsonPath().<String, Object>getMap("$");
            assertThat(withoutInstance(summary)).as("as %s", user).isEqualTo(withoutInstance(event));
        }
        as("dgc-officer").get(EVENTS + "/" + draft).then().statusCode(200);
        as("dgc-officer").get(EVENTS + "/" + draft + "/feedback").then().statusCode(200)
                .body("eventId", equalTo(draft.toString())).body("responses", equalTo(0));
    }

    private static RequestSpecification as(String user) {
        return user == null ? given() : given().auth().oauth2(Tokens.user(user));
    }

    /** A problem without the address it answered, which differs between any two requests. */
    private static Map<String, Object> withoutInstance(Map<String, Object> problem) {
        Map<String, Object> rest = new HashMap<>(problem);
        assertThat(rest.remove("instance")).isNotNull();
        return rest;
    }

    @Test
    void refusesToCheckInAnUnknownCode() {
        UUID event = aPublishedEvent(aBriefing(10));
        staff().contentType(ContentType.JSON).body(Map.of("checkInCode", "ZZZZZZZZ"))
                .post(EVENTS + "/" + event + "/check-ins").then().statusCode(404).contentType(PROBLEM);
    }
}
