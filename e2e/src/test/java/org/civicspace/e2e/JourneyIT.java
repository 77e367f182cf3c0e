package org.civicspace.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import com.standardwebhooks.Webhook;

import org.civicspace.launcher.LocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The users' journey across every service, on the local stack exactly as {@code ./civicspace start} runs it (real
 * PostgreSQL, Kafka and Keycloak), driven only through the gateway with tokens from Keycloak for the demo users.
 * A CSO registers and is activated; applies for DGC association; is screened; a committee member asks a question
 * and the CSO answers; the association is granted and the registry shows it; the CSO designates grounds passes (a
 * third youth pass refused); proposes a briefing, which is accepted and published; its representatives register
 * until it is full and the next is waitlisted, and a cancellation promotes them; a person at risk is reported to
 * the reprisals service with consent to share within the UN, and the public no longer sees the name they chose to
 * show (staff still see their registration as entered);
 * a dashboard's event stream received the public events and nothing of the reprisal, and a partner system's webhook
 * endpoint received them signed (verified with the Standard Webhooks reference library); the CSO found the
 * committee's question in its in-app notifications and in its mailbox (IMAP). The stack is the one
 * {@link SharedStack} shares with the other end-to-end tests.
 */
@ExtendWith(SharedStack.class)
class JourneyIT {

    /** cso-rep-2's organisation (the org_id claim in deploy/keycloak/civicspace-realm.json); not in the demo data. */
    static final String ORGANIZATION = "3e8b1d4f-9a2c-4e7b-8f5d-1c6a9e2b4d7f";
    static final Duration WITHIN = Duration.ofSeconds(30);
    static final String REGISTERED = "org.civicspace.registry.organization.registered.v1";
    static final String GRANTED = "org.civicspace.accreditation.accreditation.granted.v1";

    static LocalStack stack;
    static String api;
    static final ConcurrentLinkedQueue<String> dashboard = new ConcurrentLinkedQueue<>();
    static Stream<String> dashboardStream;
    static WebhookReceiver partnerSystem;
    static String partnerSecret;

    @BeforeAll
    static void openTheDashboardStream(LocalStack running) throws IOException, InterruptedException {
        stack = running;
        api = stack.url("gateway") + "/api/v1";
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api + "/feeds/events")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        dashboardStream = stream.body();
        Thread reader = new Thread(() -> dashboardStream.forEach(dashboard::add), "dashboard");
        reader.setDaemon(true);
        reader.start();
        subscribeAPartnerSystem();
    }

    /** A partner system subscribes, with its own client credentials, to the public events the journey makes. */
    static void subscribeAPartnerSystem() throws IOException {
        partnerSystem = new WebhookReceiver();
        String token = given().baseUri(stack.keycloakRealmUrl()).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", "partner-demo-agency")
                .formParam("client_secret", "partner-demo-agency-local-secret")
                .post("/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        partnerSecret = given().baseUri(api).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("url", partnerSystem.url(), "contactEmail", "ops@partner.example", "eventTypes",
                        List.of(REGISTERED, GRANTED, "org.civicspace.events.event.published.v1")))
                .post("/notifications/webhooks").then().statusCode(201).extract().path("secret");
    }

    @AfterAll
    static void closeTheDashboardStream() {
        if (dashboardStream != null) {
            dashboardStream.close();
        }
        if (partnerSystem != null) {
            partnerSystem.close();
        }
    }

    static RequestSpecification as(String user) {
        return SharedStack.asUser(stack, user);
    }

    static String representative(String name, LocalDate born) {
        return as("cso-rep-2").body(Map.of("fullName", name, "role", "representative", "email",
                name.toLowerCase().replace(' ', '.') + "@example.org", "dateOfBirth", born.toString(),
                "startDate", "2026-01-01"))
                .post("/registry/organizations/" + ORGANIZATION + "/representatives").then().statusCode(201)
                .extract().path("id");
    }

    static ValidatableResponse step(String user, String application, String step, Object body) {
        return as(user).body(body).post("/accreditation/applications/" + application + "/" + step).then();
    }

    @Test
    void aCsoGoesFromRegistrationToABriefingAndAPersonAtRiskIsProtected() {
        // a CSO registers, and DGC staff activate it
        as("cso-rep-2").body(Map.of("legalName", "Journey Test Organisation", "type", "national-ngo",
                "headquartersCountry", "KE", "countriesOfOperation", List.of("KE"), "themes", List.of("sdg-4"),
                "workingLanguages", List.of("en"), "website", "https://example.org"))
                .post("/registry/organizations").then().statusCode(201)
                .body("organization.id", equalTo(ORGANIZATION)).body("organization.status", equalTo("pending"));
        as("dgc-officer").header("If-Match", "\"0\"").body(Map.of("status", "active", "reason", "reviewed"))
                .post("/registry/organizations/" + ORGANIZATION + "/status").then().statusCode(200);

        // it applies for DGC association and is screened once the accreditation service knows it (via Kafka)
        Map<String, Object> declarations = Map.of("legallyRegisteredOn", "2012-04-01", "nonProfit", true,
                "democraticGovernance", true, "commitsToUnCharterAndSdgs", true, "website", "https://example.org",
                "publications", List.of("Annual report"), "socialMedia", List.of(), "audience", 5000);
        String application = as("cso-rep-2").body(Map.of("organizationId", ORGANIZATION, "track", "dgc",
                "declarations", declarations)).post("/accreditation/applications").then().statusCode(201)
                .extract().path("id");
        step("cso-rep-2", application, "submission", Map.of()).statusCode(200);
        await().atMost(WITHIN).untilAsserted(() -> step("dgc-officer", application, "screening", Map.of())
                .statusCode(200).body("screening.findAll { !it.passed }", empty()));
        String session = as("dgc-officer").body(Map.of("track", "dgc", "name", "Journey sitting",
                "startsOn", LocalDate.now().plusDays(1).toString(), "endsOn", LocalDate.now().plusDays(3).toString(),
                "memberStates", List.of("CU", "IN", "US"))).post("/accreditation/sessions").then().statusCode(201)
                .extract().path("id");
        step("dgc-officer", application, "agenda", Map.of("sessionId", session)).statusCode(200);

        // a committee member asks, the CSO answers, the committee grants
        String question = step("committee-member", application, "questions", Map.of("memberState", "CU",
                "text", "Who funds your work?", "responseDue", LocalDate.now().plusDays(20).toString()))
                .statusCode(200).extract().path("questions[0].id");
        // the CSO hears of it in its in-app notifications and in its mailbox
        await().atMost(WITHIN).untilAsserted(() -> as("cso-rep-2").get("/me/notifications").then().statusCode(200)
                .body("items.findAll { it.kind == 'application-question-raised' }.link",
                        hasItem(endsWith(application))));
        await().atMost(WITHIN).until(() -> Mailbox.of(stack.imapPort(), "cso-rep-2@demo.civicspace.local").stream()
                .anyMatch(mail -> mail.text().contains(application)));
        step("cso-rep-2", application, "questions/" + question + "/answer",
                Map.of("answer", "Membership fees and two foundations.")).statusCode(200);
        step("dgc-officer", application, "recommendation", Map.of()).statusCode(200);
        step("dgc-officer", application, "decision", Map.of("outcome", "granted", "reasons", "meets the requirements"))
                .statusCode(200).body("state", equalTo("granted"));

        // the registry shows "associated", through Kafka
        await().atMost(WITHIN).untilAsserted(() -> given().baseUri(api)
                .get("/registry/organizations/" + ORGANIZATION).then().statusCode(200)
                .body("accreditation.dgcAssociatedSince", equalTo(LocalDate.now().toString())));

        // six grounds passes, two of them youth; a third youth pass is refused
        LocalDate youth = LocalDate.now().minusYears(20);
        LocalDate adult = LocalDate.of(1975, 3, 1);
        List<String> youths = List.of(representative("Youth One", youth), representative("Youth Two", youth),
                representative("Youth Three", youth));
        List<String> adults = List.of(representative("Adult One", adult), representative("Adult Two", adult),
                representative("Adult Three", adult), representative("Adult Four", adult));
        int year = LocalDate.now().getYear() + 1;
        String passes = "/accreditation/organizations/" + ORGANIZATION + "/designations";
        await().atMost(WITHIN).untilAsserted(() -> as("cso-rep-2").body(Map.of("track", "dgc", "representativeId",
                youths.get(0), "year", year, "kind", "youth")).post(passes).then().statusCode(201));
        as("cso-rep-2").body(Map.of("track", "dgc", "representativeId", youths.get(1), "year", year, "kind", "youth"))
                .post(passes).then().statusCode(201);
        as("cso-rep-2").body(Map.of("track", "dgc", "representativeId", youths.get(2), "year", year, "kind", "youth"))
                .post(passes).then().statusCode(409)
                .body("type", equalTo("https://civicspace.org/problems/pass-quota-full"));
        for (String person : adults) {
            as("cso-rep-2").body(Map.of("track", "dgc", "representativeId", person, "year", year, "kind", "regular"))
                    .post(passes).then().statusCode(201);
        }
        as("cso-rep-2").queryParam("limit", 100).get(passes).then()
                .body("items.findAll { it.status == 'issued' }.size()", equalTo(6));

        // it proposes a briefing (the events service learns of the association through Kafka); staff accept it,
        // give it two seats and publish it
        String proposal = await().atMost(WITHIN).until(() -> as("cso-rep-2").body(Map.of("organizationId",
                ORGANIZATION, "kind", "thematic-briefing", "title", "Schools after the flood", "summary",
                "What communities rebuilt first.", "language", "en")).post("/events/proposals").then()
                .extract(), r -> r.statusCode() == 201).path("id");
        as("dgc-officer").body(Map.of("state", "under-review")).post("/events/proposals/" + proposal + "/decision")
                .then().statusCode(200);
        String event = as("dgc-officer").body(Map.of("state", "accepted")).post("/events/proposals/" + proposal
                + "/decision").then().statusCode(200).extract().path("eventId");
        String etag = as("dgc-officer").get("/events/events/" + event).then().statusCode(200).extract().header("ETag");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", "thematic-briefing");
        details.put("titles", Map.of("en", "Schools after the flood"));
        details.put("startsAt", LocalDate.now().plusWeeks(3).atTime(10, 0).toString());
        details.put("endsAt", LocalDate.now().plusWeeks(3).atTime(12, 0).toString());
        details.put("timeZone", "America/New_York");
        details.put("venueMode", "in-person");
        details.put("venue", "Conference Room 6, UN Headquarters");
        details.put("capacity", 2);
        as("dgc-officer").header("If-Match", etag).body(details).put("/events/events/" + event).then().statusCode(200);
        as("dgc-officer").post("/events/events/" + event + "/publication").then().statusCode(200);

        // its representatives register until it is full; the next is waitlisted; a cancellation promotes them
        String registrations = "/events/events/" + event + "/registrations";
        String first = await().atMost(WITHIN).until(() -> as("cso-rep-2").body(Map.of("representativeId",
                adults.get(0), "fullName", "Adult One", "email", "adult.one@example.org")).post(registrations)
                .then().extract(), r -> r.statusCode() == 201).path("id");
        as("cso-rep-2").body(Map.of("representativeId", adults.get(1), "fullName", "Adult Two",
                "email", "adult.two@example.org")).post(registrations).then().statusCode(201)
                .body("status", equalTo("confirmed"));
        String waiting = as("cso-rep-2").body(Map.of("representativeId", youths.get(0), "fullName", "Youth One",
                "email", "youth.one@example.org")).post(registrations).then().statusCode(201)
                .body("status", equalTo("waitlisted")).extract().path("id");
        as("cso-rep-2").body(Map.of("reason", "cannot travel")).post(registrations + "/" + first + "/cancellation")
                .then().statusCode(200);
        as("cso-rep-2").get(registrations).then()
                .body("items.find { it.id == '" + waiting + "' }.status", equalTo("confirmed"));
        // the organisation that registered them is told by e-mail
        await().atMost(WITHIN).until(() -> Mailbox.of(stack.imapPort(), "cso-rep-2@demo.civicspace.local").stream()
                .anyMatch(mail -> mail.subject().equals("A seat freed up: registration confirmed")
                        && mail.text().contains(event)));

        // a representative chose to be named to the public; once reported at risk, with consent to share within
        // the UN, the public no longer sees the name, exactly as for one who never chose; staff still do
        String atRisk = adults.get(1);
        String named = "/registry/organizations/" + ORGANIZATION + "/named-representatives?limit=100";
        as("cso-rep-2").body(Map.of("publiclyNamed", true))
                .post("/registry/organizations/" + ORGANIZATION + "/representatives/" + atRisk + "/public-naming")
                .then().statusCode(200);
        await().atMost(WITHIN).untilAsserted(() -> given().baseUri(api).get(named).then().statusCode(200)
                .body("items.fullName", hasItem("Adult Two")));
        String reprisal = as("case-officer").body(Map.of("country", "KE",
                "acts", List.of(Map.of("type", "intimidation", "occurredOn", LocalDate.now().minusDays(2).toString(),
                        "country", "KE", "perpetrator", "state-authorities")),
                "engagement", Map.of("mechanism", "human-rights-council", "label", "Journey session"),
                "narrative", "Questioned after registering for a UN briefing.",
                "victims", List.of(Map.of("kind", "person", "name", "Adult Two", "registryId", atRisk)),
                "consent", Map.of("givenBy", "person-concerned", "channel", "encrypted-message",
                        "scopes", List.of("document", "share-with-un-entities"))))
                .post("/reprisals/cases").then().statusCode(201).extract().path("id");
        String victim = as("case-officer").get("/reprisals/cases/" + reprisal).then().statusCode(200)
                .extract().path("victims[0].id");
        as("case-officer").post("/reprisals/cases/" + reprisal + "/victims/" + victim + "/protection-flag").then()
                .statusCode(lessThan(300));
        await().atMost(WITHIN).untilAsserted(() -> given().baseUri(api).get(named).then().statusCode(200)
                .body("items.fullName", not(hasItem("Adult Two"))));
        as("dgc-officer").get(registrations).then().body("items.fullName", hasItem("Adult Two"))
                .body("items.fullName", not(hasItem("participant withheld")));

        // the dashboard's stream had the public events, and nothing of the reprisal
        await().atMost(WITHIN).untilAsserted(() -> assertThat(String.join("\n", dashboard))
                .contains(REGISTERED, ORGANIZATION)
                .contains("org.civicspace.accreditation.accreditation.granted.v1")
                .contains("org.civicspace.events.event.published.v1", event));
        assertThat(String.join("\n", dashboard)).doesNotContain("reprisals").doesNotContain(reprisal)
                .doesNotContain("Questioned after").doesNotContain(atRisk);

        // the partner system was sent the public events it subscribed to, signed, and nothing else
        for (String type : List.of(REGISTERED, GRANTED)) {
            WebhookReceiver.Delivery delivery = await().atMost(WITHIN).until(() -> partnerSystem.deliveries()
                    .stream().filter(d -> d.body().contains(type) && d.body().contains(ORGANIZATION)).findFirst(),
                    Optional::isPresent).get();
            assertThatCode(() -> new Webhook(partnerSecret).verify(delivery.body(), delivery.headers()))
                    .as(type).doesNotThrowAnyException();
        }
        await().atMost(WITHIN).until(() -> partnerSystem.deliveries().stream().anyMatch(d -> d.body().contains(event)));
        assertThat(partnerSystem.deliveries()).allSatisfy(d -> assertThat(d.body()).doesNotContain("reprisals")
                .doesNotContain(atRisk).doesNotContain("status-changed.v1"));
    }
}
