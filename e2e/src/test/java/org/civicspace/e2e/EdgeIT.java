package org.civicspace.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.launcher.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The edge as a flooder and a partner's client meet it, through the gateway of the local stack: the gateway alone
 * says who the client is, whatever forwarding headers the client writes, and every Location it returns points at
 * the gateway, never at a service behind it.
 */
@ExtendWith(SharedStack.class)
class EdgeIT {

    static LocalStack stack;
    static String gateway;

    @BeforeAll
    static void connect(LocalStack running) {
        stack = running;
        gateway = stack.url("gateway");
    }

    static RequestSpecification as(String user) {
        return SharedStack.asUser(stack, user);
    }

    static Map<String, Object> secureReport() {
        return Map.of("country", "MR",
                "victims", List.of(Map.of("kind", "person", "name", "Person at the edge")),
                "acts", List.of(Map.of("type", "intimidation", "occurredOn", LocalDate.now().minusDays(1).toString(),
                        "country", "MR", "perpetrator", "state-authorities")),
                "engagement", Map.of("mechanism", "human-rights-council", "label", "Session 61"),
                "narrative", "Followed home after the session.",
                "consent", Map.of("givenBy", "person-concerned", "scopes", List.of("document")));
    }

    @Test
    void theSecureIntakeLimitHoldsWhateverAddressTheClientForwards() {
        List<Integer> statuses = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            statuses.add(given().baseUri(gateway).header("X-Forwarded-For", "203.0.113." + n)
                    .header("Forwarded", "for=198.51.100." + n).contentType(ContentType.JSON).body(secureReport())
                    .post("/api/v1/reprisals/intake").statusCode());
        }

        assertThat(statuses).contains(429).allSatisfy(status -> assertThat(status).isIn(201, 429));
    }

    @Test
    void malformedOrEndlessForwardingHeadersAreNeverAServerError() {
        for (String claimed : List.of("not-an-ip", "203.0.113.1, " + "x, ".repeat(100) + "::1", "999.0.0.1", "")) {
            int status = given().baseUri(gateway).header("X-Forwarded-For", claimed)
                    .header("X-Forwarded-Host", "evil.example/" + claimed).contentType(ContentType.JSON)
                    .body(secureReport()).post("/api/v1/reprisals/intake").statusCode();
            assertThat(status).as("X-Forwarded-For: %s", claimed).isIn(201, 429);
        }
    }

    @Test
    void everyLocationPointsAtTheGateway() {
        Response reprisal = as("case-officer").body(Map.of("country", "MR",
                "victims", List.of(Map.of("kind", "person", "name", "Person " + UUID.randomUUID())),
                "acts", List.of(Map.of("type", "intimidation", "occurredOn", LocalDate.now().minusDays(1).toString(),
                        "country", "MR", "perpetrator", "state-authorities")),
                "engagement", Map.of("mechanism", "human-rights-council", "label", "Session 61"),
                "narrative", "Followed home after the session.",
                "consent", Map.of("givenBy", "person-concerned", "channel", "in-person", "scopes",
                        List.of("document")))).header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https").header("Forwarded", "host=evil.example;proto=https")
                .post("/reprisals/cases");
        Response event = as("dgc-officer").body(Map.of("kind", "thematic-briefing",
                "titles", Map.of("en", "Edge briefing " + UUID.randomUUID()),
                "startsAt", LocalDate.now().plusMonths(1).atTime(10, 0).toString(),
                "endsAt", LocalDate.now().plusMonths(1).atTime(12, 0).toString(),
                "timeZone", "America/New_York", "venueMode", "online", "onlineUrl", "https://webtv.example.org/x",
                "capacity", 10)).post("/events/events");
        Response session = as("dgc-officer").body(Map.of("track", "dgc", "name", "Edge sitting",
                "startsOn", LocalDate.now().plusDays(10).toString(), "endsOn", LocalDate.now().plusDays(12).toString(),
                "memberStates", List.of("CU", "IN"))).post("/accreditation/sessions");

        for (Response created : List.of(reprisal, event, session)) {
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.header("Location")).as(created.asString()).isNotNull();
            assertThat(LocationOnTheGateway.offTheGateway(gateway, created.statusCode(), created.header("Location")))
                    .isEmpty();
        }
    }

    @Test
    void anyoneAnswersAnEventsSurveyThroughTheGateway() {
        String event = as("dgc-officer").body(Map.of("kind", "thematic-briefing",
                "titles", Map.of("en", "Survey briefing " + UUID.randomUUID()),
                "startsAt", LocalDate.now().plusMonths(1).atTime(10, 0).toString(),
                "endsAt", LocalDate.now().plusMonths(1).atTime(12, 0).toString(),
                "timeZone", "America/New_York", "venueMode", "online", "onlineUrl", "https://webtv.example.org/y",
                "capacity", 10)).post("/events/events").then().statusCode(201).extract().path("id");

        // the service itself refuses a check-in code of no attendee: the gateway let the anonymous answer through
        given().baseUri(gateway).contentType(ContentType.JSON)
                .body(Map.of("checkInCode", "NO-SUCH-CODE", "overall", 5, "usefulness", 4, "wouldRecommend", true))
                .post("/api/v1/events/events/" + event + "/feedback")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://civicspace.org/problems/attendees-only"));
    }

    @Test
    void aDashboardReadsAnUnchangedOrganisationAgainAsA304ThroughTheGateway() {
        String id = given().baseUri(gateway).get("/api/v1/registry/organizations?limit=1")
                .then().statusCode(200).extract().path("items[0].id");
        Response first = given().baseUri(gateway).get("/api/v1/registry/organizations/" + id);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).isEqualTo("public, no-cache");
        assertThat(first.header("ETag")).isNotBlank();

        Response again = given().baseUri(gateway).header("If-None-Match", first.header("ETag"))
                .get("/api/v1/registry/organizations/" + id);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.asByteArray()).isEmpty();
    }
}
