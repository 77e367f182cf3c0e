package org.civicspace.registry.organization.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.civicspace.registry.organization.api.OrganizationFixture.ORGANIZATIONS;
import static org.civicspace.registry.organization.api.OrganizationFixture.aNationalNgoIn;
import static org.civicspace.testing.TopicReader.header;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.civicspace.platform.messaging.inbox.Inbox;
import org.civicspace.platform.messaging.inbox.PoisonEventException;
import org.civicspace.platform.messaging.inbox.ReceivedEvent;
import org.civicspace.registry.organization.application.AccreditationSummaries;
import org.civicspace.testing.TopicReader;
import org.civicspace.testing.TopicWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The accreditation summary follows the accreditation service's decisions: once each, in decision order. */
@QuarkusTest
class AccreditationSummaryTest {

    static final String TOPIC = "accreditation.accreditations";
    static final String SOURCE = "/civicspace/accreditation";
    static final String GRANTED = "org.civicspace.accreditation.accreditation.granted.v1";
    static final String WITHDRAWN = "org.civicspace.accreditation.accreditation.withdrawn.v1";
    static final String SUSPENDED = "org.civicspace.accreditation.accreditation.suspended.v1";
    static final String REINSTATED = "org.civicspace.accreditation.accreditation.reinstated.v1";
    static final String STATUS_CHANGED = "org.civicspace.accreditation.accreditation.status-changed.v1";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Inbox inbox;

    @Inject
    AccreditationSummaries summaries;

    @Inject
    ObjectMapper json;

    TopicWriter writer;

    @BeforeEach
    void openWriter() {
        writer = new TopicWriter("accreditation-service");
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void showsDgcAssociationOnceGranted() {
        UUID id = aNationalNgoIn("IN").registeredAndActive();

        send(id, GRANTED, "dgc", null, "2026-06-01", Instant.parse("2026-05-20T10:00:00Z"));

        await().atMost(WAIT).untilAsserted(() -> given().get(ORGANIZATIONS + "/" + id)
                .then().body("accreditation.dgcAssociatedSince", equalTo("2026-06-01")));
        given().queryParam("accreditation", "dgc").queryParam("country", "IN").queryParam("limit", 100)
                .get(ORGANIZATIONS).then().body("items.id", hasItem(id.toString()));
    }

    @Test
    void appliesARedeliveredDecisionOnce() {
        UUID id = aNationalNgoIn("IN").registeredAndActive();
        String eventId = UUID.randomUUID().toString();
        long duplicatesBefore = inbox.duplicateCount();

        send(id, eventId, GRANTED, "ecosoc", "special", "2026-07-01", Instant.parse("2026-06-30T10:00:00Z"));
        send(id, eventId, GRANTED, "ecosoc", "special", "2026-07-01", Instant.parse("2026-06-30T10:00:00Z"));

        await().atMost(WAIT).until(() -> inbox.duplicateCount() > duplicatesBefore);
        given().get(ORGANIZATIONS + "/" + id).then()
                .body("accreditation.ecosocStatus", equalTo("special"))
                .body("accreditation.ecosocSince", equalTo("2026-07-01"));
    }

    @Test
    void ignoresADecisionOlderThanTheOneApplied() {
        UUID id = aNationalNgoIn("IN").registeredAndActive();
        long appliedBefore = inbox.appliedCount();

        send(id, GRANTED, "ecosoc", "general", "2026-08-01", Instant.parse("2026-07-30T10:00:00Z"));
        send(id, GRANTED, "ecosoc", "roster", "2025-01-01", Instant.parse("2024-12-20T10:00:00Z"));

        await().atMost(WAIT).until(() -> inbox.appliedCount() >= appliedBefore + 2);
        given().get(ORGANIZATIONS + "/" + id).then().body("accreditation.ecosocStatus", equalTo("general"));
    }

    @Test
    void deadLettersAWithdrawalDatedInTheFutureAndKeepsTheAssociation() {
        UUID id = aNationalNgoIn("IN").registeredAndActive();
        send(id, GRANTED, "dgc", null, "2026-01-01", Instant.parse("2026-01-01T10:00:00Z"));
        await().atMost(WAIT).untilAsserted(() -> given().get(ORGANIZATIONS + "/" + id)
                .then().body("accreditation.dgcAssociatedSince", equalTo("2026-01-01")));
        String forged = UUID.randomUUID().toString();

        try (TopicReader deadLetters = new TopicReader(TOPIC + ".registry-dlq")) {
            send(id, forged, WITHDRAWN, "dgc", null, null, Instant.parse("2999-01-01T00:00:00Z"));

            var dead = deadLetters.await(r -> forged.equals(header(r, "ce_id")), 1, WAIT);
            assertThat(dead).hasSize(1);
            assertThat(header(dead.get(0), "dead-letter-reason")).contains("after it was published");
        }
        given().get(ORGANIZATIONS + "/" + id).then().body("accreditation.dgcAssociatedSince", equalTo("2026-01-01"));
    }

    @Test
    void removesTheAssociationWhenWithdrawn() {
        UUID id = aNationalNgoIn("IN").registeredAndActive();
        send(id, GRANTED, "dgc", null, "2026-01-01", Instant.parse("2026-01-01T10:00:00Z"));
        await().atMost(WAIT).untilAsserted(() -> given().get(ORGANIZATIONS + "/" + id)
                .then().body("accreditation.dgcAssociatedSince", equalTo("2026-01-01")));

        send(id, WITHDRAWN, "dgc", null, null, Instant.parse("2026-03-01T10:00:00Z"));

        await().atMost(WAIT).untilAsserted(() -> given().get(ORGANIZATIONS + "/" + id)
                .then().body("$", not(hasKey("accreditation"))));
    }

    @Test
    void hidesTheAssociationWhileSuspendedAndRestoresItsDateOnReinstatement() {
        UUID id = aNationalNgoIn("IN").registeredAndActive();
        send(id, GRANTED, "dgc", null, "2026-02-01", Instant.parse("2026-02-01T10:00:00Z"));
        send(id, SUSPENDED, "dgc", null, "2026-02-01", Instant.parse("2026-04-01T10:00:00Z"));

        await().atMost(WAIT).untilAsserted(() -> given().get(ORGANIZATIONS + "/" + id)
                .then().body("$", not(hasKey("accreditation"))));

        send(id, REINSTATED, "dgc", null, "2026-02-01", Instant.parse("2026-05-01T10:00:00Z"));
        await().atMost(WAIT).untilAsserted(() -> given().get(ORGANIZATIONS + "/" + id)
                .then().body("accreditation.dgcAssociatedSince", equalTo("2026-02-01")));
    }

    @Test
    void sendsADecisionAboutAnUnknownOrganizationToTheDeadLetterTopic() {
        String eventId = UUID.randomUUID().toString();
        try (TopicReader deadLetters = new TopicReader(TOPIC + ".registry-dlq")) {
            send(UUID.randomUUID(), eventId, GRANTED, "dgc", null, "2026-01-01", Instant.now());

            var dead = deadLetters.await(r -> eventId.equals(header(r, "ce_id")), 1, WAIT);
            assertThat(dead).hasSize(1);
        }
    }

    @Test
    void appliesABatchInWhichOneOrganisationHasSeveralDecisionsAsIfOneByOne() {
        UUID ecosoc = aNationalNgoIn("KE").registeredAndActive();
        UUID dgc = aNationalNgoIn("KE").registeredAndActive();
        String etagBefore = given().get(ORGANIZATIONS + "/" + ecosoc).then().extract().header("ETag");

        QuarkusTransaction.requiringNew().run(() -> applyAll(List.of(
                event(ecosoc, GRANTED, "ecosoc", "roster", "2025-01-01", "2025-01-01T10:00:00Z"),
                event(dgc, GRANTED, "dgc", null, "2025-06-01", "2025-06-01T10:00:00Z"),
                // the same status again: the organisation has had it since the first grant
                event(ecosoc, STATUS_CHANGED, "ecosoc", "roster", "2025-09-01", "2025-09-01T10:00:00Z"),
                event(ecosoc, STATUS_CHANGED, "ecosoc", "special", "2026-03-01", "2026-03-01T10:00:00Z"),
                // older than what this batch already applied: ignored
                event(ecosoc, STATUS_CHANGED, "ecosoc", "general", "2025-05-01", "2025-05-01T10:00:00Z"),
                event(dgc, WITHDRAWN, "dgc", null, null, "2025-07-01T10:00:00Z"))));

        given().get(ORGANIZATIONS + "/" + ecosoc).then().statusCode(200)
                .header("ETag", not(equalTo(etagBefore)))
                .body("accreditation.ecosocStatus", equalTo("special"))
                .body("accreditation.ecosocSince", equalTo("2026-03-01"));
        given().get(ORGANIZATIONS + "/" + dgc).then().statusCode(200).body("$", not(hasKey("accreditation")));

        QuarkusTransaction.requiringNew().run(() -> applyAll(List.of(
                event(ecosoc, STATUS_CHANGED, "ecosoc", "special", "2026-06-01", "2026-06-01T10:00:00Z"))));
        given().get(ORGANIZATIONS + "/" + ecosoc).then()
                .body("accreditation.ecosocSince", equalTo("2026-03-01"));

        QuarkusTransaction.requiringNew().run(() -> applyAll(List.of(
                event(ecosoc, WITHDRAWN, "ecosoc", null, null, "2026-07-01T10:00:00Z"))));
        given().get(ORGANIZATIONS + "/" + ecosoc).then().body("$", not(hasKey("accreditation")));
    }

    @Test
    void refusesABatchWithADecisionAboutAnUnknownOrganisationAndKeepsNothingOfIt() {
        UUID known = aNationalNgoIn("KE").registeredAndActive();

        Throwable thrown = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> applyAll(List.of(
                event(known, GRANTED, "dgc", null, "2026-01-01", "2026-01-01T10:00:00Z"),
                event(UUID.randomUUID(), GRANTED, "dgc", null, "2026-01-01", "2026-01-01T10:00:00Z")))));

        while (thrown != null && !(thrown instanceof PoisonEventException)) {
            thrown = thrown.getCause();
        }
        assertThat(thrown).isInstanceOf(PoisonEventException.class).hasMessageContaining("does not know");

        given().get(ORGANIZATIONS + "/" + known).then().statusCode(200).body("$", not(hasKey("accreditation")));
    }

    private void applyAll(List<ReceivedEvent> events) {
        try {
            summaries.applyAll(events);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReceivedEvent event(UUID organization, String type, String track, String ecosocStatus,
            String effectiveFrom, String decidedAt) {
        return new ReceivedEvent(UUID.randomUUID().toString(), SOURCE, type, organization.toString(),
                Instant.parse(decidedAt), data(organization, track, ecosocStatus, effectiveFrom,
                        Instant.parse(decidedAt)), json);
    }

    private void send(UUID organization, String type, String track, String ecosocStatus, String effectiveFrom,
            Instant decidedAt) {
        send(organization, UUID.randomUUID().toString(), type, track, ecosocStatus, effectiveFrom, decidedAt);
    }

    private void send(UUID organization, String eventId, String type, String track, String ecosocStatus,
            String effectiveFrom, Instant decidedAt) {
        writer.sendCloudEvent(TOPIC, organization.toString(), eventId, SOURCE, type,
                data(organization, track, ecosocStatus, effectiveFrom, decidedAt));
    }

    private static String data(UUID organization, String track, String ecosocStatus, String effectiveFrom,
            Instant decidedAt) {
        return "{\"organizationId\":\"" + organization + "\",\"track\":\"" + track + "\""
                + (ecosocStatus == null ? "" : ",\"ecosocStatus\":\"" + ecosocStatus + "\"")
                + (effectiveFrom == null ? "" : ",\"effectiveFrom\":\"" + effectiveFrom + "\"")
                + ",\"decidedAt\":\"" + decidedAt + "\"}";
    }
}
