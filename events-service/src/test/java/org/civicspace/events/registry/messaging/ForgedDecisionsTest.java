package org.civicspace.events.registry.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.civicspace.events.Fixtures.EVENTS;
import static org.civicspace.events.Fixtures.aBriefing;
import static org.civicspace.events.Fixtures.aPublishedEvent;
import static org.civicspace.events.Fixtures.anAdult;
import static org.civicspace.events.Fixtures.dgcAssociation;
import static org.civicspace.events.Fixtures.dgcDecision;
import static org.civicspace.events.Fixtures.register;
import static org.civicspace.events.Fixtures.staff;
import static org.civicspace.testing.TopicReader.header;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.civicspace.events.registry.persistence.OrganizationRecord;
import org.civicspace.testing.TopicReader;
import org.civicspace.testing.TopicWriter;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A decision that did not come from the accreditation service, or claims a date no decision can have, neither
 * freezes an organisation nor cancels its registrations: the broker refuses the first, the inbox dead-letters both.
 */
@QuarkusTest
class ForgedDecisionsTest {

    static final String DECISIONS = "accreditation.accreditations";
    static final String DEAD_LETTERS = DECISIONS + ".events-dlq";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aWithdrawalDatedInTheFutureIsDeadLetteredAndCancelsNothing() {
        UUID organization = UUID.randomUUID();
        dgcAssociation(organization, "granted");
        UUID event = aPublishedEvent(aBriefing(1));
        String seated = register(event, anAdult(organization)).statusCode(201).body("status", equalTo("confirmed"))
                .extract().path("id");

        try (TopicReader deadLetters = new TopicReader(DEAD_LETTERS)) {
            String forged = dgcDecision(organization, "withdrawn", Instant.parse("2999-01-01T00:00:00Z"));

            var dead = deadLetters.await(r -> forged.equals(header(r, "ce_id")), 1, WAIT);
            assertThat(dead).hasSize(1);
            assertThat(header(dead.get(0), "dead-letter-reason"))
                    .contains("decidedAt 2999-01-01T00:00:00Z, after it was published");
        }
        assertThat(dgcStatus(organization)).isEqualTo("active");
        staff().get(EVENTS + "/" + event + "/registrations").then()
                .body("items.find { it.id == '" + seated + "' }.status", equalTo("confirmed"));
        // and a real withdrawal, taken now, still applies: the forgery won no "latest decision" comparison
        dgcAssociation(organization, "withdrawn");
    }

    @Test
    void aDecisionFromAnotherSourceIsDeadLetteredNotApplied() {
        UUID organization = UUID.randomUUID();
        dgcAssociation(organization, "granted");
        String eventId = UUID.randomUUID().toString();

        try (TopicReader deadLetters = new TopicReader(DEAD_LETTERS);
                TopicWriter accreditation = new TopicWriter("accreditation-service")) {
            accreditation.sendCloudEvent(DECISIONS, organization.toString(), eventId, "/civicspace/registry",
                    "org.civicspace.accreditation.accreditation.withdrawn.v1", withdrawal(organization));

            var dead = deadLetters.await(r -> eventId.equals(header(r, "ce_id")), 1, WAIT);
            assertThat(dead).hasSize(1);
            assertThat(header(dead.get(0), "dead-letter-reason"))
                    .contains("source /civicspace/registry does not own topic " + DECISIONS);
        }
        assertThat(dgcStatus(organization)).isEqualTo("active");
    }

    @Test
    void theBrokerRefusesADecisionWrittenWithAnotherServicesCredentials() {
        UUID organization = UUID.randomUUID();
        dgcAssociation(organization, "granted");

        try (TopicWriter events = new TopicWriter("events-service")) {
            Throwable refused = catchThrowable(() -> events.sendCloudEvent(DECISIONS, organization.toString(),
                    UUID.randomUUID().toString(), "/civicspace/accreditation",
                    "org.civicspace.accreditation.accreditation.withdrawn.v1", withdrawal(organization)));

            assertThat(refused).hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
        assertThat(dgcStatus(organization)).isEqualTo("active");
    }

    private static String withdrawal(UUID organization) {
        return """
                {"organizationId":"%s","track":"dgc","ecosocStatus":null,"effectiveFrom":"%s","decidedAt":"%s"}"""
                .formatted(organization, LocalDate.now(), Instant.now());
    }

    private static String dgcStatus(UUID organization) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OrganizationRecord record = OrganizationRecord.findById(organization);
            return record == null ? null : record.dgcStatus;
        });
    }
}
