package org.civicspace.events.registry.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.civicspace.events.Fixtures.CSO_REP_ORGANIZATION;
import static org.civicspace.events.Fixtures.EVENTS;
import static org.civicspace.events.Fixtures.PROBLEM;
import static org.civicspace.events.Fixtures.aBriefing;
import static org.civicspace.events.Fixtures.aDraftEvent;
import static org.civicspace.events.Fixtures.aNamedAdult;
import static org.civicspace.events.Fixtures.anAdult;
import static org.civicspace.events.Fixtures.dgcAssociation;
import static org.civicspace.events.Fixtures.protectionFlag;
import static org.civicspace.events.Fixtures.protectionLifted;
import static org.civicspace.events.Fixtures.register;
import static org.civicspace.events.Fixtures.staff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Protection flags, played from outside by those without OHCHR need-to-know: a CSO that leads an event and a DGC
 * officer who adds speakers. What they are told about a flagged person or organisation is what they are told about
 * anyone who never chose to be named, down to the bytes; a lifted flag gives back the name the person chose.
 */
@QuarkusTest
class ProtectionFlagsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PROPOSALS = "/api/v1/events/proposals";

    @Test
    void aLeadingCsoCannotTellAFlaggedParticipantFromOneWhoDidNotChooseToBeNamed() {
        UUID event = aPublishedEventLedByCsoRep();
        UUID otherOrganization = UUID.randomUUID();
        UUID flaggedOrganization = UUID.randomUUID();
        UUID flagged = aNamedAdult(otherOrganization);
        UUID neverChose = anAdult(otherOrganization);
        UUID named = aNamedAdult(otherOrganization);
        UUID ofFlaggedOrganization = aNamedAdult(flaggedOrganization);
        for (UUID person : List.of(flagged, neverChose, named, ofFlaggedOrganization)) {
            register(event, person).statusCode(201);
        }

        protectionFlag(flagged);
        protectionFlag(flaggedOrganization);

        Map<UUID, JsonNode> seenByLead = registrations(event, "cso-rep");
        assertThat(withoutIds(seenByLead.get(flagged))).isEqualTo(withoutIds(seenByLead.get(neverChose)));
        assertThat(withoutIds(seenByLead.get(ofFlaggedOrganization))).isEqualTo(withoutIds(seenByLead.get(neverChose)));
        assertThat(seenByLead.get(neverChose).get("fullName").isNull()).isTrue();
        assertThat(seenByLead.get(named).get("fullName").asText()).isEqualTo(nameOf(named));

        Map<UUID, JsonNode> seenByStaff = registrations(event, "dgc-officer");
        for (UUID person : List.of(flagged, neverChose, named, ofFlaggedOrganization)) {
            assertThat(seenByStaff.get(person).get("fullName").asText()).isEqualTo(nameOf(person));
        }

        protectionLifted(flagged);
        protectionLifted(flaggedOrganization);

        await().atMost(WAIT).untilAsserted(() -> {
            Map<UUID, JsonNode> afterLifting = registrations(event, "cso-rep");
            assertThat(afterLifting.get(flagged).get("fullName").asText()).isEqualTo(nameOf(flagged));
            assertThat(afterLifting.get(ofFlaggedOrganization).get("fullName").asText())
                    .isEqualTo(nameOf(ofFlaggedOrganization));
        });
    }

    @Test
    void aDgcOfficerCannotProbeFlagsWithSpeakersItAddsToAProgramme() {
        UUID organization = UUID.randomUUID();
        UUID flaggedOrganization = UUID.randomUUID();
        UUID flagged = aNamedAdult(organization);
        UUID neverChose = anAdult(organization);
        UUID named = aNamedAdult(organization);
        UUID ofFlaggedOrganization = aNamedAdult(flaggedOrganization);
        UUID unknownId = UUID.randomUUID();
        Map<String, Object> conference = aBriefing(50);
        conference.put("kind", "conference");
        UUID event = aDraftEvent(conference);
        List<UUID> speakers =
                List.of(flagged, neverChose, named, ofFlaggedOrganization, flaggedOrganization, unknownId);
        for (UUID speaker : speakers) {
            addSession(event, "Panel " + speaker, speaker);
        }
        staff().post(EVENTS + "/" + event + "/publication").then().statusCode(200);

        protectionFlag(flagged);
        protectionFlag(flaggedOrganization);

        for (String reader : new String[] { null, "cso-rep", "cso-rep-2" }) {
            Map<UUID, JsonNode> programme = programme(event, reader);
            JsonNode notNamed = sessionWithoutIds(programme.get(neverChose));
            assertThat(notNamed.get("speakers")).isEmpty();
            for (UUID probe : List.of(flagged, ofFlaggedOrganization, flaggedOrganization, unknownId)) {
                assertThat(sessionWithoutIds(programme.get(probe))).as("%s reads %s", reader, probe)
                        .isEqualTo(notNamed);
            }
            assertThat(programme.get(named).get("speakers").get(0).asText()).isEqualTo("A. Speaker");
        }
        Map<UUID, JsonNode> asEntered = programme(event, "dgc-officer");
        speakers.forEach(s -> assertThat(asEntered.get(s).get("speakers").get(0).asText()).isEqualTo("A. Speaker"));

        protectionLifted(flagged);

        await().atMost(WAIT).untilAsserted(() -> assertThat(programme(event, null).get(flagged).get("speakers")
                .get(0).asText()).isEqualTo("A. Speaker"));
    }

    @Test
    void thePublicIsNotToldWhichOrganisationLeadsAnEvent() {
        UUID event = aDraftLedByCsoRep();
        try (TopicReader topic = new TopicReader("events.events")) {
            staff().post(EVENTS + "/" + event + "/publication").then().statusCode(200);
            var published = topic.await(r -> event.toString().equals(r.key()), 1, WAIT);
            assertThat(published.get(0).value()).contains("\"eventId\":\"" + event + "\"")
                    .doesNotContain(CSO_REP_ORGANIZATION.toString());
        }

        given().get(EVENTS + "/" + event).then().statusCode(200).body("leadOrganizationId", nullValue());
        given().auth().oauth2(Tokens.user("cso-rep-2")).get(EVENTS + "/" + event).then()
                .body("leadOrganizationId", nullValue());
        given().auth().oauth2(Tokens.user("cso-rep")).get(EVENTS + "/" + event).then()
                .body("leadOrganizationId", equalTo(CSO_REP_ORGANIZATION.toString()));
        staff().get(EVENTS + "/" + event).then().body("leadOrganizationId", equalTo(CSO_REP_ORGANIZATION.toString()));
    }

    @Test
    void refusesALeadingCsoChangingTheKindOrSeatsOfItsDraftAndChangesNothing() {
        UUID event = aDraftLedByCsoRep();
        Response read = csoRep().get(EVENTS + "/" + event);
        String etag = read.header("ETag");
        Map<String, Object> draft = editable(read.jsonPath().getMap(""));

        Map<String, Object> asConference = new LinkedHashMap<>(draft);
        asConference.put("kind", "conference");
        csoRep().header("If-Match", etag).contentType(ContentType.JSON).body(asConference).put(EVENTS + "/" + event)
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/forbidden"))
                .body("fields", equalTo(List.of("kind")))
                .body("detail", equalTo("Only DGC staff change an event's kind; the leading organisation edits the "
                        + "rest of its draft."));
        Map<String, Object> moreSeats = new LinkedHashMap<>(draft);
        moreSeats.put("capacity", 5000);
        moreSeats.put("invitationOnly", true);
        csoRep().header("If-Match", etag).contentType(ContentType.JSON).body(moreSeats).put(EVENTS + "/" + event)
                .then().statusCode(403).contentType(PROBLEM)
                .body("fields", equalTo(List.of("capacity", "invitationOnly")));

        csoRep().get(EVENTS + "/" + event).then().header("ETag", etag).body("kind", equalTo("thematic-briefing"))
                .body("capacity", equalTo(100)).body("invitationOnly", equalTo(false));
    }

    @Test
    void letsALeadingCsoEditTheRestOfItsDraftKeepingWhatStaffSet() {
        UUID event = aDraftLedByCsoRep();
        Response read = staff().get(EVENTS + "/" + event);
        Map<String, Object> byStaff = editable(read.jsonPath().getMap(""));
        byStaff.put("perOrganizationLimit", 3);
        byStaff.put("youthSharePercent", 20);
        String etag = staff().header("If-Match", read.header("ETag")).contentType(ContentType.JSON).body(byStaff)
                .put(EVENTS + "/" + event).then().statusCode(200).extract().header("ETag");

        Map<String, Object> edit = editable(csoRep().get(EVENTS + "/" + event).jsonPath().getMap(""));
        edit.remove("perOrganizationLimit");
        edit.remove("youthSharePercent");
        edit.remove("registrationOpensAt");
        edit.remove("registrationClosesAt");
        edit.put("titles", Map.of("en", "Climate migration: voices from the Sahel"));
        csoRep().header("If-Match", etag).contentType(ContentType.JSON).body(edit).put(EVENTS + "/" + event).then()
                .statusCode(200).body("titles.en", equalTo("Climate migration: voices from the Sahel"))
                .body("perOrganizationLimit", equalTo(3)).body("youthSharePercent", equalTo(20));
    }

    private static UUID aDraftLedByCsoRep() {
        dgcAssociation(CSO_REP_ORGANIZATION, "granted");
        String proposal = csoRep().contentType(ContentType.JSON)
                .body(Map.of("organizationId", CSO_REP_ORGANIZATION.toString(), "kind", "thematic-briefing",
                        "title", "Climate migration " + UUID.randomUUID(), "summary", "Voices from the Sahel.",
                        "language", "en", "preferredDate", LocalDate.now().plusMonths(2).toString()))
                .post(PROPOSALS).then().statusCode(201).extract().path("id");
        staff().contentType(ContentType.JSON).body(Map.of("state", "under-review"))
                .post(PROPOSALS + "/" + proposal + "/decision").then().statusCode(200);
        return UUID.fromString(staff().contentType(ContentType.JSON).body(Map.of("state", "accepted"))
                .post(PROPOSALS + "/" + proposal + "/decision").then().statusCode(200).extract().path("eventId"));
    }

    private static UUID aPublishedEventLedByCsoRep() {
        UUID event = aDraftLedByCsoRep();
        staff().post(EVENTS + "/" + event + "/publication").then().statusCode(200);
        return event;
    }

    /** The members of an event's view that its details take, as read. */
    private static Map<String, Object> editable(Map<String, Object> view) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (String key : List.of("kind", "titles", "descriptions", "startsAt", "endsAt", "timeZone", "venueMode",
                "venue", "onlineUrl", "interpretationLanguages", "accessibilityNotes", "capacity",
                "registrationOpensAt", "registrationClosesAt", "perOrganizationLimit", "youthSharePercent",
                "invitationOnly")) {
            if (view.get(key) != null) {
                details.put(key, view.get(key));
            }
        }
        return details;
    }

    private static void addSession(UUID event, String title, UUID speaker) {
        String day = LocalDate.now().plusMonths(1).toString();
        staff().contentType(ContentType.JSON)
                .body(Map.of("title", title, "startsAt", day + "T10:30:00", "endsAt", day + "T11:30:00",
                        "room", "Room 155", "speakers", List.of(Map.of("name", "A. Speaker",
                                "registryId", speaker.toString()))))
                .post(EVENTS + "/" + event + "/sessions").then().statusCode(200);
    }

    /** The registrations the user is shown, by representative. */
    private static Map<UUID, JsonNode> registrations(UUID event, String user) {
        JsonNode list = read(given().auth().oauth2(Tokens.user(user)).get(EVENTS + "/" + event + "/registrations")
                .then().statusCode(200).extract().asString());
        Map<UUID, JsonNode> byPerson = new LinkedHashMap<>();
        assertThat(list.path("next").asText(null)).isNull();
        list.get("items").forEach(r -> byPerson.put(UUID.fromString(r.get("representativeId").asText()), r));
        return byPerson;
    }

    /** The programme's sessions as the user (null: anonymous) is shown them, by the speaker each was given. */
    private static Map<UUID, JsonNode> programme(UUID event, String user) {
        var request = user == null ? given() : given().auth().oauth2(Tokens.user(user));
        JsonNode view = read(request.get(EVENTS + "/" + event).then().statusCode(200).extract().asString());
        Map<UUID, JsonNode> bySpeaker = new LinkedHashMap<>();
        view.get("sessions").forEach(s -> bySpeaker.put(UUID.fromString(s.get("title").asText()
                .substring("Panel ".length())), s));
        return bySpeaker;
    }

    private static String withoutIds(JsonNode registration) {
        ObjectNode copy = registration.deepCopy();
        for (String field : List.of("id", "representativeId", "organizationId", "statusChangedAt")) {
            copy.put(field, "-");
        }
        return copy.toString();
    }

    private static JsonNode sessionWithoutIds(JsonNode session) {
        ObjectNode copy = session.deepCopy();
        copy.put("id", "-");
        copy.put("title", "-");
        return copy;
    }

    private static String nameOf(UUID representative) {
        return "Person " + representative.toString().substring(0, 8);
    }

    private static RequestSpecification csoRep() {
        return given().auth().oauth2(Tokens.user("cso-rep"));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
