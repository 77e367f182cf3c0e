package org.civicspace.notifications.webhook.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

import org.civicspace.testing.EventSchemas;
import org.civicspace.testing.GreenMailTestResource;
import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A partner system, end to end: it subscribes with its own client credentials, the registry publishes a real
 * CloudEvent on its topic with its own Kafka credentials, and the partner's HTTP endpoint receives the delivery and
 * verifies it with the Standard Webhooks reference library, as a partner would.
 */
@QuarkusTest
class WebhookTest {

    private static final String WEBHOOKS = "/api/v1/notifications/webhooks";
    private static final String REGISTERED = "org.civicspace.registry.organization.registered.v1";
    private static final String PARTNER = "partner-demo-agency";
    private static final Duration WAIT = Duration.ofSeconds(45);

    @Inject
    EntityManager entities;

    private Receiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aPartnerReceivesAPublicEventSignedAsStandardWebhooksSays() throws Exception {
        Response subscribed = subscribe(List.of(REGISTERED));
        String secret = subscribed.path("secret");
        String id = subscribed.path("subscription.id");

        String event = organizationRegistered();

        Receiver.Received delivery = await().atMost(WAIT).until(() -> receiver.of(event), r -> !r.isEmpty()).get(0);
        new Webhook(secret).verify(delivery.body(), delivery.headers());
        assertThat(delivery.header("content-type")).startsWith("application/json");
        assertThat(delivery.body()).contains("\"type\":\"" + REGISTERED + "\"", "\"specversion\":\"1.0\"");
        assertThatOnlyTheRightSecretVerifies(delivery);

        String deliveryId = delivery.header("webhook-id");
        await().atMost(WAIT).untilAsserted(() -> partner().get(WEBHOOKS + "/" + id + "/deliveries/" + deliveryId)
                .then().statusCode(200).body("status", equalTo("delivered")).body("eventId", equalTo(event))
                .body("attemptLog[0].statusCode", equalTo(204)));
        partner().get(WEBHOOKS + "/" + id + "/deliveries?status=delivered").then().statusCode(200)
                .body("items.id", hasItem(deliveryId));
    }

    @Test
    void aFailedAttemptIsTriedAgainAndAReplayKeepsItsWebhookId() {
        String id = subscribe(List.of(REGISTERED)).path("subscription.id");
        receiver.answer(503);

        String event = organizationRegistered();

        String deliveryId = await().atMost(WAIT).until(() -> receiver.of(event), r -> !r.isEmpty()).get(0)
                .header("webhook-id");
        await().atMost(WAIT).untilAsserted(() -> partner().get(WEBHOOKS + "/" + id + "/deliveries/" + deliveryId)
                .then().body("status", equalTo("pending")).body("attemptLog[0].statusCode", equalTo(503)));
        receiver.answer(200);
        // the second attempt comes 5 seconds after the first, by the retry schedule
        await().atMost(WAIT).until(() -> receiver.of(event).size() >= 2);
        await().atMost(WAIT).untilAsserted(() -> partner().get(WEBHOOKS + "/" + id + "/deliveries/" + deliveryId)
                .then().body("status", equalTo("delivered")).body("attempts", equalTo(2)));

        partner().post(WEBHOOKS + "/" + id + "/deliveries/" + deliveryId + "/replay").then().statusCode(202);

        await().atMost(WAIT).until(() -> receiver.of(event).size() >= 3);
        assertThat(receiver.of(event)).extracting(r -> r.header("webhook-id")).containsOnly(deliveryId);
    }

    @Test
    void duringARotationBothSecretsVerifyAndTheEventIsDeliveredOnce() throws Exception {
        Response subscribed = subscribe(List.of(REGISTERED));
        String id = subscribed.path("subscription.id");
        String previous = subscribed.path("secret");
        String etag = subscribed.header("ETag");

        Response rotated = partner().post(WEBHOOKS + "/" + id + "/secret");
        rotated.then().statusCode(200).body("secret", startsWith("whsec_"))
                .body("subscription.previousSecretUntil", notNullValue());
        assertThat(rotated.header("ETag")).isNotEqualTo(etag);
        String next = rotated.path("secret");
        assertThat(next).isNotEqualTo(previous);

        String event = UUID.randomUUID().toString();
        organizationRegistered(event);
        organizationRegistered(event); // the same CloudEvent again: the inbox applies it once

        Receiver.Received delivery = await().atMost(WAIT).until(() -> receiver.of(event), r -> !r.isEmpty()).get(0);
        new Webhook(previous).verify(delivery.body(), delivery.headers());
        new Webhook(next).verify(delivery.body(), delivery.headers());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> receiver.of(event).size() == 1);
    }

    @Test
    void aDeliveryWhoseLastAttemptFailsDisablesTheSubscriptionAndTellsItsContact() {
        String contact = "webhooks-" + UUID.randomUUID() + "@partner.example";
        String id = subscribe(List.of(REGISTERED), contact).path("subscription.id");
        receiver.answer(500);
        String event = organizationRegistered();
        String deliveryId = await().atMost(WAIT).until(() -> receiver.of(event), r -> !r.isEmpty()).get(0)
                .header("webhook-id");
        await().atMost(WAIT).untilAsserted(() -> partner().get(WEBHOOKS + "/" + id + "/deliveries/" + deliveryId)
                .then().body("attempts", equalTo(1)));
        // a day later: the delivery is due for its last attempt (the schedule itself is RetryScheduleTest's)
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("update webhook_delivery "
                + "set failed_attempts = 7, next_attempt_at = now() where id = :id")
                .setParameter("id", UUID.fromString(deliveryId)).executeUpdate());

        await().atMost(WAIT).untilAsserted(() -> partner().get(WEBHOOKS + "/" + id).then()
                .body("status", equalTo("disabled")).body("disabledReason", containsString(deliveryId)));
        partner().get(WEBHOOKS + "/" + id + "/deliveries/" + deliveryId).then().body("status", equalTo("failed"));
        await().atMost(WAIT).until(() -> List.of(GreenMailTestResource.greenMail().getReceivedMessages()).stream()
                .anyMatch(m -> recipients(m).contains(contact)));

        partner().post(WEBHOOKS + "/" + id + "/deliveries/" + deliveryId + "/replay").then().statusCode(409)
                .body("type", equalTo("https://civicspace.org/problems/conflict"));
        receiver.answer(200);
        Response current = partner().get(WEBHOOKS + "/" + id);
        partner().header("If-Match", current.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", List.of(REGISTERED), "contactEmail", contact,
                        "status", "active"))
                .put(WEBHOOKS + "/" + id).then().statusCode(200).body("status", equalTo("active"));
        partner().post(WEBHOOKS + "/" + id + "/deliveries/" + deliveryId + "/replay").then().statusCode(202);
        await().atMost(WAIT).untilAsserted(() -> partner().get(WEBHOOKS + "/" + id + "/deliveries/" + deliveryId)
                .then().body("status", equalTo("delivered")));
    }

    @Test
    void refusesAnInternalAddressAndAnEventTypeThatIsNotPublic() {
        for (String url : List.of("https://10.0.0.1/hooks", "https://169.254.169.254/latest/meta-data",
                "https://[fd00::1]/hooks", "https://no-such-host.invalid/hooks")) {
            partner().contentType(ContentType.JSON)
                    .body(Map.of("url", url, "eventTypes", List.of(REGISTERED), "contactEmail", "a@partner.example"))
                    .post(WEBHOOKS).then().statusCode(400)
                    .body("type", equalTo("https://civicspace.org/problems/validation"))
                    .body("violations[0].field", equalTo("url"))
                    .body("violations[0].message", startsWith("must be a public https URL"));
        }
        partner().contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", List.of("org.civicspace.reprisals.case.reported.v1"),
                        "contactEmail", "a@partner.example"))
                .post(WEBHOOKS).then().statusCode(400).body("violations[0].field", equalTo("eventTypes"));
    }

    @Test
    void onlyAPartnerWithTheRoleSubscribesAndNobodyReadsAnothersSubscription() {
        String id = subscribe(List.of(REGISTERED)).path("subscription.id");
        Map<String, Object> body = Map.of("url", receiver.url(), "eventTypes", List.of(REGISTERED),
                "contactEmail", "a@partner.example");
        given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON).body(body).post(WEBHOOKS)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.service("registry-service")).get(WEBHOOKS + "/" + id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post(WEBHOOKS).then().statusCode(401);
        partner().get(WEBHOOKS + "/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("https://civicspace.org/problems/not-found"));
    }

    private Response subscribe(List<String> types) {
        return subscribe(types, "webhooks@partner.example");
    }

    private Response subscribe(List<String> types, String contact) {
        Response response = partner().contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", types, "contactEmail", contact)).post(WEBHOOKS);
        response.then().statusCode(201).header("Location", containsString(WEBHOOKS + "/"))
                .body("secret", startsWith("whsec_")).body("subscription.status", equalTo("active"));
        return response;
    }

    private static RequestSpecification partner() {
        return given().auth().oauth2(Tokens.service(PARTNER));
    }

    private static String organizationRegistered() {
        return organizationRegistered(UUID.randomUUID().toString());
    }

    /** The registry's own event, on its topic, with its credentials, checked against its schema. */
    private static String organizationRegistered(String eventId) {
        UUID organization = UUID.randomUUID();
        String data = """
                {"organizationId":"%s","identifier":"XM-CIVICSPACE-W%s","legalName":"Webhook test organisation",
                 "acronym":null,"type":"national-ngo","headquartersCountry":"KE","countriesOfOperation":["KE"],
                 "themes":["human-rights"],"status":"pending","parentId":null,"version":0,"occurredAt":"%s"}"""
                .formatted(organization, System.nanoTime(), Instant.now());
        assertThat(EventSchemas.violations(REGISTERED, data)).isEmpty();
        try (TopicWriter writer = new TopicWriter("registry-service")) {
            writer.sendCloudEvent("registry.organizations", organization.toString(), eventId, "/civicspace/registry",
                    REGISTERED, data);
        }
        return eventId;
    }

    private static void assertThatOnlyTheRightSecretVerifies(Receiver.Received delivery) {
        assertThatThrownBy(() -> new Webhook("whsec_" + Base64.getEncoder().encodeToString(new byte[32]))
                .verify(delivery.body(), delivery.headers()))
                .isInstanceOf(WebhookVerificationException.class);
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
