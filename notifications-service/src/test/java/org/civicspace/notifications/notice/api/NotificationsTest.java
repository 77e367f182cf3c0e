package org.civicspace.notifications.notice.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.civicspace.notifications.notice.api.DomainEvents.CSO_REP_ADDRESS;
import static org.civicspace.notifications.notice.api.DomainEvents.CSO_REP_ORGANIZATION;
import static org.civicspace.testing.TopicReader.header;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.notifications.Mailbox;
import org.civicspace.notifications.Mailbox.Delivered;
import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The real world, end to end: a producer publishes a real CloudEvent on its topic with its own Kafka credentials;
 * the person it concerns finds the e-mail (plain text and HTML) in the real SMTP server's mailbox and the
 * notification in their in-app inbox, read with their real Keycloak token; nobody else sees it.
 */
@QuarkusTest
class NotificationsTest {

    private static final String MINE = "/api/v1/me/notifications";
    private static final Duration WAIT = Duration.ofSeconds(45);

    @Test
    void aCommitteeQuestionReachesTheOrganisationsMailboxAndInboxWithTheDayToAnswerBy() {
        UUID application = UUID.randomUUID();
        LocalDate due = LocalDate.now().plusDays(21);
        DomainEvents.questionRaised(application, CSO_REP_ORGANIZATION, due);

        Delivered mail = await().atMost(WAIT).until(() -> Mailbox.to(CSO_REP_ADDRESS, application.toString()),
                found -> !found.isEmpty()).get(0);
        assertThat(mail.subject()).isEqualTo("The Committee on NGOs has a question on your application: answer by "
                + due);
        assertThat(mail.text()).contains("ECOSOC accreditation", "Answer by " + due + ".",
                "https://civicspace.example.invalid/api/v1/accreditation/applications/" + application)
                .doesNotContain("next session");
        assertThat(mail.html()).contains("Answer by " + due + ".", "<a href=\"https://civicspace.example.invalid/api/v1/"
                + "accreditation/applications/" + application + "\">");

        Map<String, Object> notification = mine("cso-rep", application.toString());
        assertThat(notification).containsEntry("kind", "application-question-raised").containsEntry("read", false)
                .containsEntry("title", mail.subject());
        assertThat(((String) notification.get("body")).strip()).isEqualTo(mail.text().strip());
    }

    @Test
    void aQuestionPublishedBeforeItsDeadlineWasOnTheEventStillReachesTheOrganisation() {
        UUID application = UUID.randomUUID();
        DomainEvents.applicationEvent("question-raised", application, CSO_REP_ORGANIZATION);

        Delivered mail = await().atMost(WAIT).until(() -> Mailbox.to(CSO_REP_ADDRESS, application.toString()),
                found -> !found.isEmpty()).get(0);
        assertThat(mail.subject()).isEqualTo("The Committee on NGOs has a question on your application");
        assertThat(mail.text()).contains("before the Committee's next session").doesNotContain("Answer by");
    }

    @Test
    void aReaderMarksANotificationReadForThemselvesAgainAndAgain() {
        UUID proposal = UUID.randomUUID();
        DomainEvents.proposalAccepted(proposal, CSO_REP_ORGANIZATION, UUID.randomUUID());
        String id = (String) await().atMost(WAIT).until(() -> find("cso-rep", proposal.toString(), false),
                found -> !found.isEmpty()).get(0).get("id");
        long unread = unreadCount("cso-rep");
        assertThat(unread).isPositive();

        as("cso-rep").put(MINE + "/" + id + "/read").then().statusCode(204);
        as("cso-rep").put(MINE + "/" + id + "/read").then().statusCode(204);

        assertThat(unreadCount("cso-rep")).isEqualTo(unread - 1);
        assertThat(find("cso-rep", proposal.toString(), true)).isEmpty();
        assertThat(mine("cso-rep", proposal.toString())).containsEntry("read", true);
    }

    @Test
    void anotherOrganisationsUserNeitherSeesNorMarksIt() {
        UUID registration = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        DomainEvents.registrationEvent("confirmed", registration, event, CSO_REP_ORGANIZATION);
        String id = (String) mine("cso-rep", event.toString()).get("id");

        assertThat(find("cso-rep-2", event.toString(), false)).isEmpty();
        assertThat(find("committee-member", event.toString(), false)).isEmpty();
        as("cso-rep-2").put(MINE + "/" + id + "/read").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        as("cso-rep-2").put(MINE + "/" + UUID.randomUUID() + "/read").then().statusCode(404);
        assertThat(mine("cso-rep", event.toString())).containsEntry("read", false);
    }

    @Test
    void aDuplicateDeliveryNotifiesOnce() {
        UUID registration = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        DomainEvents.registrationEvent(eventId, "promoted", registration, event, CSO_REP_ORGANIZATION);
        DomainEvents.registrationEvent(eventId, "promoted", registration, event, CSO_REP_ORGANIZATION);
        // a later event about the same registration (same partition, read after both): once it is in, both were read
        UUID marker = UUID.randomUUID();
        DomainEvents.registrationEvent("cancelled", registration, marker, CSO_REP_ORGANIZATION);
        await().atMost(WAIT).until(() -> find("cso-rep", marker.toString(), false), found -> !found.isEmpty());
        await().atMost(WAIT).until(() -> Mailbox.to(CSO_REP_ADDRESS, marker.toString()), found -> !found.isEmpty());

        assertThat(find("cso-rep", event.toString(), false)).hasSize(1)
                .allSatisfy(n -> assertThat(n).containsEntry("kind", "registration-promoted"));
        assertThat(Mailbox.to(CSO_REP_ADDRESS, event.toString())).hasSize(1);
    }

    @Test
    void aMalformedEventIsDeadLetteredAndNotifiesNobody() {
        UUID registration = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String type = "org.civicspace.events.registration.confirmed.v1";
        try (TopicReader deadLetters = new TopicReader("events.registrations.notifications-dlq")) {
            String id = DomainEvents.malformed(type, "events.registrations", registration, """
                    {"registrationId":"%s","eventId":"%s","status":"confirmed"}""".formatted(registration, event));

            assertThat(deadLetters.await(r -> id.equals(header(r, "ce_id")), 1, WAIT)).hasSize(1)
                    .allSatisfy(r -> assertThat(header(r, "dead-letter-reason")).contains("lacks a required field"));
        }
        assertThat(find("cso-rep", event.toString(), false)).isEmpty();
        assertThat(Mailbox.delivered()).noneMatch(m -> m.mentions(event.toString()));
    }

    @Test
    void aReprisalAlertReachesTheAssignedOfficerAndSupervisorsInAppWithTheReferenceAndLinkAlone() {
        UUID caseId = UUID.randomUUID();
        DomainEvents.firstResponseOverdue(caseId, "NI", "arrest-or-detention", List.of("case-officer"));

        for (String user : new String[] { "case-officer", "case-supervisor" }) {
            Map<String, Object> alert = mine(user, caseId.toString());
            assertThat(alert).containsEntry("kind", "case-first-response-overdue");
            String text = alert.get("title") + "\n" + alert.get("body");
            assertThat(text).contains(caseId.toString(), "/api/v1/reprisals/cases/" + caseId)
                    .doesNotContain("NI", "Nicaragua", "arrest", "detention", "critical");
            assertThat(alert.get("link"))
                    .isEqualTo("https://civicspace.example.invalid/api/v1/reprisals/cases/" + caseId);
        }

        // an officer not assigned to the case is not told that it exists
        assertThat(find("case-officer-2", caseId.toString(), false)).isEmpty();
        assertThat(find("cso-rep", caseId.toString(), false)).isEmpty();
        // in-app only: no e-mail leaves with it, not even later
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> Mailbox.delivered().stream().noneMatch(m -> m.mentions(caseId.toString())));
    }

    @Test
    void aReprisalAlertThatNamesNoOfficerReachesTheSupervisorsAlone() {
        UUID caseId = UUID.randomUUID();
        DomainEvents.caseEvent("first-response-overdue", caseId, "NI", "arrest-or-detention", "critical");

        assertThat(mine("case-supervisor", caseId.toString())).containsEntry("kind", "case-first-response-overdue");
        assertThat(find("case-officer", caseId.toString(), false)).isEmpty();
        assertThat(find("case-officer-2", caseId.toString(), false)).isEmpty();
    }

    @Test
    void anEventNobodyMustHearOfNotifiesNobody() {
        UUID application = UUID.randomUUID();
        DomainEvents.applicationEvent("submitted", application, CSO_REP_ORGANIZATION);
        // same application, same partition: once the rejection is in, the submission was read
        DomainEvents.applicationEvent("rejected", application, CSO_REP_ORGANIZATION);
        List<Map<String, Object>> found = await().atMost(WAIT)
                .until(() -> find("cso-rep", application.toString(), false), f -> !f.isEmpty());
        assertThat(found).extracting(n -> n.get("kind")).containsExactly("application-rejected");
    }

    @Test
    void refusesBadPagingAndAFilterThatIsNotABoolean() {
        as("cso-rep").queryParam("unread", "maybe").get(MINE).then().statusCode(400)
                .contentType("application/problem+json");
        as("cso-rep").queryParam("cursor", "not-a-cursor").get(MINE).then().statusCode(400)
                .contentType("application/problem+json");
        as("cso-rep").queryParam("limit", 0).get(MINE).then().statusCode(400);
    }

    @Test
    void refusesAnAnonymousCaller() {
        given().get(MINE).then().statusCode(401).contentType("application/problem+json");
        given().get(MINE + "/unread-count").then().statusCode(401);
    }

    @Test
    void pagesNewestFirstWithACursor() {
        UUID event = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            DomainEvents.registrationEvent("waitlisted", UUID.randomUUID(), event, CSO_REP_ORGANIZATION);
        }
        await().atMost(WAIT).until(() -> find("cso-rep", event.toString(), false), found -> found.size() == 3);
        List<Map<String, Object>> first = as("cso-rep").queryParam("limit", 1).get(MINE).then().statusCode(200)
                .extract().path("items");
        String next = as("cso-rep").queryParam("limit", 1).get(MINE).then().extract().path("next");
        List<Map<String, Object>> second = as("cso-rep").queryParam("limit", 1).queryParam("cursor", next).get(MINE)
                .then().statusCode(200).extract().path("items");
        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1);
        assertThat(second.get(0).get("id")).isNotEqualTo(first.get(0).get("id"));
        assertThat((String) second.get(0).get("createdAt")).isLessThanOrEqualTo((String) first.get(0).get("createdAt"));
    }

    /** The one notification of {@code user} whose link or text mentions {@code fragment}, once it arrived. */
    static Map<String, Object> mine(String user, String fragment) {
        return await().atMost(WAIT).until(() -> find(user, fragment, false), found -> found.size() == 1).get(0);
    }

    /** {@code user}'s notifications (all pages) that mention {@code fragment}. */
    static List<Map<String, Object>> find(String user, String fragment, boolean unreadOnly) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as(user).queryParam("limit", 100).queryParam("unread", unreadOnly);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get(MINE).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);
        return all.stream().filter(n -> (n.get("link") + " " + n.get("body") + " " + n.get("title"))
                .contains(fragment)).toList();
    }

    static long unreadCount(String user) {
        return as(user).get(MINE + "/unread-count").then().statusCode(200).extract().jsonPath().getLong("count");
    }

    static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(Tokens.user(user)));
    }
}
