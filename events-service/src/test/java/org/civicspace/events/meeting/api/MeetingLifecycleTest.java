package org.civicspace.events.meeting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.events.Fixtures.EVENTS;
import static org.civicspace.events.Fixtures.PROBLEM;
import static org.civicspace.events.Fixtures.aBriefing;
import static org.civicspace.events.Fixtures.aDraftEvent;
import static org.civicspace.events.Fixtures.aPublishedEvent;
import static org.civicspace.events.Fixtures.allPages;
import static org.civicspace.events.Fixtures.anAdult;
import static org.civicspace.events.Fixtures.register;
import static org.civicspace.events.Fixtures.staff;
import static org.civicspace.testing.TopicReader.header;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.events.meeting.messaging.MeetingMessages;
import org.civicspace.events.registration.messaging.RegistrationMessages;
import org.civicspace.testing.EventSchemas;
import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Drafting, publishing, rescheduling and cancelling events, and what each tells the other services. */
@QuarkusTest
class MeetingLifecycleTest {

    @Test
    void publishesReschedulesAndCancelsNotifyingEveryRegistrant() {
        Map<String, Object> details = aBriefing(1);
        try (TopicReader events = new TopicReader(MeetingMessages.TOPIC);
                TopicReader registrations = new TopicReader(RegistrationMessages.TOPIC)) {
            UUID event = aPublishedEvent(details);
            register(event, anAdult(UUID.randomUUID())).statusCode(201);
            register(event, anAdult(UUID.randomUUID())).statusCode(201);

            details.put("startsAt", LocalDate.now().plusMonths(1).atTime(15, 0).toString());
            details.put("endsAt", LocalDate.now().plusMonths(1).atTime(17, 0).toString());
            staff().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(details)
                    .put(EVENTS + "/" + event).then().statusCode(200)
                    .body("startsAt", equalTo(LocalDate.now().plusMonths(1).atTime(15, 0) + ":00"))
                    .body("timeZone", equalTo("America/New_York"));
            staff().contentType(ContentType.JSON).body(Map.of("reason", "the room is unavailable"))
                    .post(EVENTS + "/" + event + "/cancellation").then().statusCode(200)
                    .body("status", equalTo("cancelled")).body("allowedNextStatuses", equalTo(List.of()));

            var lifecycle = events.await(r -> event.toString().equals(r.key()), 3, Duration.ofSeconds(20));
            assertThat(lifecycle).extracting(r -> header(r, "ce_type")).containsExactly(
                    MeetingMessages.PUBLISHED.name(), MeetingMessages.RESCHEDULED.name(),
                    MeetingMessages.CANCELLED.name());
            lifecycle.forEach(r -> assertThat(EventSchemas.violations(header(r, "ce_type"), r.value())).isEmpty());
            var cancelled = registrations.await(r -> event.toString().equals(r.key())
                    && RegistrationMessages.CANCELLED.name().equals(header(r, "ce_type")), 2,
                    Duration.ofSeconds(20));
            assertThat(cancelled).allSatisfy(r -> assertThat(r.value()).contains("event cancelled: the room"));
            staff().get(EVENTS + "/" + event + "/registrations").then()
                    .body("items", hasSize(2)).body("items.status", everyItem(equalTo("cancelled")));
        }
    }

    @Test
    void refusesIllegalStepsAndStaleChanges() {
        UUID event = aDraftEvent(aBriefing(10));
        staff().post(EVENTS + "/" + event + "/completion").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/illegal-transition"));
        staff().contentType(ContentType.JSON).body(aBriefing(10)).put(EVENTS + "/" + event).then().statusCode(428);
        staff().contentType(ContentType.JSON).header("If-Match", "\"9\"").body(aBriefing(10))
                .put(EVENTS + "/" + event).then().statusCode(412);
        staff().post(EVENTS + "/" + event + "/publication").then().statusCode(200);
        staff().post(EVENTS + "/" + event + "/publication").then().statusCode(409)
                .body("allowedNextStates", containsInAnyOrder("completed", "cancelled"));
    }

    @Test
    void refusesBadEventDetailsNamingTheField() {
        Map<String, Object> zone = aBriefing(10);
        zone.put("timeZone", "Mars/Olympus_Mons");
        staff().contentType(ContentType.JSON).body(zone).post(EVENTS).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("timeZone"));
        Map<String, Object> language = aBriefing(10);
        language.put("titles", Map.of("de", "Jugend"));
        staff().contentType(ContentType.JSON).body(language).post(EVENTS).then().statusCode(400);
        Map<String, Object> backwards = aBriefing(10);
        backwards.put("endsAt", LocalDate.now().plusMonths(1).atTime(9, 0).toString());
        staff().contentType(ContentType.JSON).body(backwards).post(EVENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("endsAt"));
        Map<String, Object> noVenue = aBriefing(10);
        noVenue.put("venueMode", "in-person");
        noVenue.remove("venue");
        staff().contentType(ContentType.JSON).body(noVenue).post(EVENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("venue"));
        Map<String, Object> status = aBriefing(10);
        status.put("status", "published");
        staff().contentType(ContentType.JSON).body(status).post(EVENTS).then().statusCode(400);
        for (var wrong : List.of(Map.entry("kind", "THEMATIC_BRIEFING"), Map.entry("venueMode", "Hybrid"),
                Map.entry("kind", "PUBLISHED"))) {
            Map<String, Object> spelt = aBriefing(10);
            spelt.put(wrong.getKey(), wrong.getValue());
            staff().contentType(ContentType.JSON).body(spelt).post(EVENTS).then().statusCode(400)
                    .contentType(PROBLEM).body("type", equalTo("https://civicspace.org/problems/validation"))
                    .body("violations[0].field", equalTo(wrong.getKey()));
        }
        Map<String, Object> interpretation = aBriefing(10);
        interpretation.put("interpretationLanguages", List.of("en", "de"));
        staff().contentType(ContentType.JSON).body(interpretation).post(EVENTS).then().statusCode(400)
                .contentType(PROBLEM).body("violations[0].field", equalTo("interpretationLanguages[1]"));
        given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON).body(aBriefing(10)).post(EVENTS)
                .then().statusCode(403);
    }

    @Test
    void showsEnumeratedFieldsByTheirWireCodes() {
        Map<String, Object> details = aBriefing(10);
        details.put("venueMode", "in-person");
        details.put("interpretationLanguages", List.of("ar", "zh", "ru"));
        UUID event = aDraftEvent(details);
        staff().get(EVENTS + "/" + event).then().statusCode(200)
                .body("kind", equalTo("thematic-briefing")).body("venueMode", equalTo("in-person"))
                .body("interpretationLanguages", equalTo(List.of("ar", "zh", "ru")))
                .body("status", equalTo("draft"))
                .body("allowedNextStatuses", equalTo(List.of("published", "cancelled")));
    }

    @Test
    void hidesDraftsFromThePublicAndListsPublishedUpcomingEvents() {
        UUID draft = aDraftEvent(aBriefing(10));
        UUID published = aPublishedEvent(aBriefing(10));

        given().get(EVENTS + "/" + draft).then().statusCode(404).contentType(PROBLEM);
        given().get(EVENTS + "/" + published).then().statusCode(200).body("status", equalTo("published"))
                .body("titles.fr", equalTo("Les jeunes et les ODD"));
        assertThat(allPages(() -> given(), EVENTS, 100)).extracting(e -> e.get("id"))
                .contains(published.toString()).doesNotContain(draft.toString());
    }

    @Test
    void buildsAConferenceProgrammeOfSessionsRoomsAndSpeakers() {
        Map<String, Object> conference = aBriefing(500);
        conference.put("kind", "conference");
        conference.put("endsAt", LocalDate.now().plusMonths(1).plusDays(2).atTime(18, 0).toString());
        UUID event = aDraftEvent(conference);
        String day = LocalDate.now().plusMonths(1).plusDays(1).toString();
        staff().contentType(ContentType.JSON)
                .body(Map.of("title", "Youth-led climate action", "startsAt", day + "T11:00:00",
                        "endsAt", day + "T12:30:00", "room", "Conference Room 1",
                        "speakers", List.of(Map.of("name", "Speaker One"), Map.of("name", "Speaker Two"))))
                .post(EVENTS + "/" + event + "/sessions").then().statusCode(200)
                .body("sessions[0].room", equalTo("Conference Room 1"))
                .body("sessions[0].speakers", equalTo(List.of("Speaker One", "Speaker Two")));
        staff().contentType(ContentType.JSON)
                .body(Map.of("title", "Outside", "startsAt", "2020-01-01T10:00:00", "endsAt", "2020-01-01T11:00:00"))
                .post(EVENTS + "/" + event + "/sessions").then().statusCode(400);
        staff().contentType(ContentType.JSON)
                .body(Map.of("title", "Not a conference", "startsAt", day + "T11:00:00", "endsAt", day + "T12:00:00"))
                .post(EVENTS + "/" + aDraftEvent(aBriefing(10)) + "/sessions").then().statusCode(409);
    }
}
