package org.civicspace.notifications.preference.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.notifications.Mailbox;
import org.civicspace.notifications.Mailbox.Delivered;
import org.civicspace.notifications.mail.domain.EmailStatus;
import org.civicspace.notifications.mail.persistence.EmailEntity;
import org.civicspace.testing.EventSchemas;
import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicWriter;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * A person chooses how they hear by e-mail, against the real servers: two users of one organisation, one of whom
 * turned a kind off, the other not; the mail read back from the SMTP server, the inbox through the API.
 */
@QuarkusTest
class MyPreferencesTest {

    private static final String PREFERENCES = "/api/v1/me/notification-preferences";
    private static final String INBOX = "/api/v1/me/notifications";
    /** cso-rep's organisation (the org_id attribute in deploy/keycloak/civicspace-realm.json). */
    private static final UUID CSO_REP_ORGANIZATION = UUID.fromString("7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d");
    private static final String CSO_REP_ADDRESS = "cso-rep@demo.civicspace.local";
    private static final Duration WAIT = Duration.ofSeconds(45);

    @Test
    void aPersonWhoTurnedAKindOffGetsNoEmailForItWhileTheirColleagueStillDoesAndBothKeepTheNotice() {
        String colleague = Colleagues.aRepresentativeOf(CSO_REP_ORGANIZATION);
        as(colleague).get(PREFERENCES).then().statusCode(200).header("ETag", "\"0\"");
        as(colleague).header("If-Match", "\"0\"").contentType("application/json").body("""
                {"language":"en","kinds":[{"kind":"registration-waitlisted","email":false}]}""")
                .put(PREFERENCES).then().statusCode(200).header("ETag", "\"1\"")
                .body("kinds.find { it.kind == 'registration-waitlisted' }.email", equalTo(false))
                .body("kinds.find { it.kind == 'registration-waitlisted' }.mandatory", equalTo(false));

        UUID event = UUID.randomUUID();
        waitlisted(UUID.randomUUID(), event);

        await().atMost(WAIT).until(() -> Mailbox.to(CSO_REP_ADDRESS, event.toString()), found -> found.size() == 1);
        // one resolution writes every recipient's e-mail: the colleague's is kept, marked skipped, never sent
        assertThat(emailsTo(Colleagues.address(colleague), event)).extracting(e -> e.status)
                .containsExactly(EmailStatus.SKIPPED);
        assertThat(emailsTo(Colleagues.address(colleague), event)).extracting(e -> e.recipientSubject)
                .containsExactly(colleague);
        assertThat(emailsTo(CSO_REP_ADDRESS, event)).extracting(e -> e.status).containsExactly(EmailStatus.SENT);
        assertThat(Mailbox.to(Colleagues.address(colleague), event.toString())).isEmpty();

        assertThat(inbox(colleague, event)).singleElement()
                .satisfies(n -> assertThat(n).containsEntry("kind", "registration-waitlisted"));
        assertThat(inbox("cso-rep", event)).singleElement()
                .satisfies(n -> assertThat(n).containsEntry("kind", "registration-waitlisted"));
    }

    @Test
    void aMandatoryKindCannotBeTurnedOffAndTheRefusalChangesNothing() {
        String colleague = Colleagues.aRepresentativeOf(CSO_REP_ORGANIZATION);
        as(colleague).header("If-Match", "\"0\"").contentType("application/json").body("""
                {"language":"fr","kinds":[{"kind":"proposal-accepted","email":false},
                 {"kind":"application-question-raised","email":false}]}""")
                .put(PREFERENCES).then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("type", containsString("validation"))
                .body("violations.field", contains("kinds[1].email"))
                .body("violations[0].message", containsString("application-question-raised is mandatory"));

        as(colleague).get(PREFERENCES).then().statusCode(200).header("ETag", "\"0\"")
                .body("language", equalTo("en"))
                .body("kinds.find { it.kind == 'application-question-raised' }.email", equalTo(true))
                .body("kinds.find { it.kind == 'application-question-raised' }.mandatory", equalTo(true))
                .body("kinds.find { it.kind == 'proposal-accepted' }.email", equalTo(true))
                .body("kinds.kind", hasItem("registration-cancelled"));
    }

    @Test
    void aLanguageIsStoredAndReturnedAndOneOutsideTheSixIsRefused() {
        String colleague = Colleagues.aRepresentativeOf(CSO_REP_ORGANIZATION);
        as(colleague).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"language\":\"zh\",\"kinds\":[]}").put(PREFERENCES).then().statusCode(200)
                .header("ETag", "\"1\"").body("language", equalTo("zh"));
        as(colleague).get(PREFERENCES).then().statusCode(200).header("ETag", "\"1\"").body("language", equalTo("zh"));

        as(colleague).header("If-Match", "\"1\"").contentType("application/json")
                .body("{\"language\":\"de\",\"kinds\":[]}").put(PREFERENCES).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("language"));
        as(colleague).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"language\":\"fr\",\"kinds\":[]}").put(PREFERENCES).then().statusCode(412)
                .body("currentETag", equalTo("\"1\""));
        as(colleague).contentType("application/json").body("{\"language\":\"fr\",\"kinds\":[]}").put(PREFERENCES)
                .then().statusCode(428);
        as(colleague).get(PREFERENCES).then().body("language", equalTo("zh"));
    }

    @Test
    void eachReaderGetsTheEmailInTheirLanguageWhereItsTextsExist() {
        String colleague = Colleagues.aRepresentativeOf(CSO_REP_ORGANIZATION);
        as(colleague).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"language\":\"fr\",\"kinds\":[]}").put(PREFERENCES).then().statusCode(200);

        UUID proposal = UUID.randomUUID();
        publish("events.proposals", proposal, "org.civicspace.events.proposal.accepted.v1", """
                {"proposalId":"%s","organizationId":"%s","eventId":"%s","occurredAt":"%s"}"""
                .formatted(proposal, CSO_REP_ORGANIZATION, UUID.randomUUID(), Instant.now()));

        // the French texts exist for this kind in the tests only (src/test/resources/templates/mail/fr)
        Delivered french = await().atMost(WAIT).until(() -> Mailbox.to(Colleagues.address(colleague),
                proposal.toString()), found -> found.size() == 1).get(0);
        assertThat(french.subject()).isEqualTo("Votre proposition d’événement a été acceptée");
        assertThat(french.html()).contains("<html lang=\"fr\">");
        Delivered english = await().atMost(WAIT).until(() -> Mailbox.to(CSO_REP_ADDRESS, proposal.toString()),
                found -> found.size() == 1).get(0);
        assertThat(english.subject()).isEqualTo("Your event proposal was accepted");

        // a language without texts for a kind falls back to English
        UUID event = UUID.randomUUID();
        waitlisted(UUID.randomUUID(), event);
        assertThat(await().atMost(WAIT).until(() -> Mailbox.to(Colleagues.address(colleague), event.toString()),
                found -> found.size() == 1).get(0).subject()).isEqualTo("Registration on the waiting list");
    }

    @Test
    void nobodyReadsAnotherPersonsPreferences() {
        String colleague = Colleagues.aRepresentativeOf(CSO_REP_ORGANIZATION);
        as(colleague).header("If-Match", "\"0\"").contentType("application/json").body("""
                {"language":"ru","kinds":[{"kind":"grounds-pass-issued","email":false}]}""")
                .put(PREFERENCES).then().statusCode(200);

        for (String other : List.of("cso-rep-2", "committee-member", "case-supervisor")) {
            String body = as(other).get(PREFERENCES).then().statusCode(200).header("ETag", "\"0\"")
                    .body("language", equalTo("en"))
                    .body("kinds.find { it.kind == 'grounds-pass-issued' }.email", equalTo(true)).extract().asString();
            assertThat(body).doesNotContain(colleague);
        }
        as("cso-rep-2").get(PREFERENCES + "/" + colleague).then().statusCode(404);
        given().get(PREFERENCES).then().statusCode(401).contentType("application/problem+json");
    }

    private static void waitlisted(UUID registration, UUID event) {
        publish("events.registrations", registration, "org.civicspace.events.registration.waitlisted.v1", """
                {"registrationId":"%s","eventId":"%s","organizationId":"%s","representativeId":"%s",
                 "status":"waitlisted","reason":null,"occurredAt":"%s"}""".formatted(registration, event,
                CSO_REP_ORGANIZATION, UUID.randomUUID(), Instant.now()));
    }

    /** Publishes as the events service does, its data checked against the producer's schema first. */
    private static void publish(String topic, UUID key, String type, String data) {
        assertThat(EventSchemas.violations(type, data)).as("the producer's schema of " + type).isEmpty();
        try (TopicWriter writer = new TopicWriter("events-service")) {
            writer.sendCloudEvent(topic, key.toString(), UUID.randomUUID().toString(), "/civicspace/events", type,
                    data);
        }
    }

    private static List<EmailEntity> emailsTo(String address, UUID about) {
        return QuarkusTransaction.requiringNew().call(() -> EmailEntity.<EmailEntity>list(
                "recipient = ?1 and textBody like ?2", address, "%" + about + "%"));
    }

    /** {@code user}'s notifications (all pages) whose link mentions {@code about}. */
    private static List<Map<String, Object>> inbox(String user, UUID about) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as(user).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get(INBOX).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);
        return all.stream().filter(n -> String.valueOf(n.get("link")).contains(about.toString())).toList();
    }

    private static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(Tokens.user(user)));
    }
}
