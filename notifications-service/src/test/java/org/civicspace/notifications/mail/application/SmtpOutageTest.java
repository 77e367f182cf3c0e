package org.civicspace.notifications.mail.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.civicspace.notifications.Mailbox;
import org.civicspace.notifications.mail.domain.EmailStatus;
import org.civicspace.notifications.mail.persistence.EmailEntity;
import org.civicspace.testing.GreenMailTestResource;
import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicWriter;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** An SMTP outage delays mail and loses none: what was accepted is sent once the relay is back. */
@QuarkusTest
class SmtpOutageTest {

    private static final UUID CSO_REP_ORGANIZATION = UUID.fromString("7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d");

    @Test
    void mailAcceptedWhileSmtpIsDownIsSentOnceItIsBack() throws Exception {
        GreenMail smtp = GreenMailTestResource.greenMail();
        smtp.stop();
        UUID proposal = UUID.randomUUID();
        try {
            try (TopicWriter events = new TopicWriter("events-service")) {
                events.sendCloudEvent("events.proposals", proposal.toString(), UUID.randomUUID().toString(),
                        "/civicspace/events", "org.civicspace.events.proposal.accepted.v1", """
                        {"proposalId":"%s","organizationId":"%s","eventId":"%s","occurredAt":"%s"}"""
                                .formatted(proposal, CSO_REP_ORGANIZATION, UUID.randomUUID(), Instant.now()));
            }
            // the person already sees it in the app, and the relay keeps failing, waiting longer each time
            await().atMost(Duration.ofSeconds(45)).until(() -> given()
                    .header("Authorization", Tokens.bearer(Tokens.user("cso-rep")))
                    .queryParam("limit", 100).get("/api/v1/me/notifications").then().statusCode(200).extract()
                    .body().asString().contains(proposal.toString()));
            await().atMost(Duration.ofSeconds(30)).until(() -> attemptsAt(proposal) >= 3);
            assertThat(statusOf(proposal)).containsExactly(EmailStatus.PENDING);
        } finally {
            smtp.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to("cso-rep@demo.civicspace.local",
                proposal.toString()).size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(proposal).equals(List.of(EmailStatus.SENT)));
    }

    /** The e-mail to cso-rep's address about the proposal (the audience's, resolved into one per address). */
    private static List<EmailEntity> emails(UUID proposal) {
        return QuarkusTransaction.requiringNew().call(() -> EmailEntity.<EmailEntity>list(
                "recipient = ?1 and textBody like ?2", "cso-rep@demo.civicspace.local", "%" + proposal + "%"));
    }

    private static int attemptsAt(UUID proposal) {
        return emails(proposal).stream().mapToInt(e -> e.attempts).max().orElse(0);
    }

    private static List<EmailStatus> statusOf(UUID proposal) {
        return emails(proposal).stream().map(e -> e.status).toList();
    }
}
