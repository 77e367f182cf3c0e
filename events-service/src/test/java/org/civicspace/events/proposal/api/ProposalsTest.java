package org.civicspace.events.proposal.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.civicspace.events.Fixtures.API;
import static org.civicspace.events.Fixtures.CSO_REP_2_ORGANIZATION;
import static org.civicspace.events.Fixtures.CSO_REP_ORGANIZATION;
import static org.civicspace.events.Fixtures.EVENTS;
import static org.civicspace.events.Fixtures.PROBLEM;
import static org.civicspace.events.Fixtures.aBriefing;
import static org.civicspace.events.Fixtures.aPublishedEvent;
import static org.civicspace.events.Fixtures.allPages;
import static org.civicspace.events.Fixtures.anAdult;
import static org.civicspace.events.Fixtures.dgcAssociation;
import static org.civicspace.events.Fixtures.register;
import static org.civicspace.events.Fixtures.staff;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Briefings proposed by associated CSOs, and the cascade when an association is withdrawn. */
@QuarkusTest
class ProposalsTest {

    static final String PROPOSALS = API + "/proposals";

    static Map<String, Object> aProposal(UUID organization) {
        return Map.of("organizationId", organization.toString(), "kind", "thematic-briefing",
                "title", "Climate migration " + UUID.randomUUID(), "summary", "Voices from the Sahel.",
                "language", "en", "preferredDate", LocalDate.now().plusMonths(2).toString());
    }

    static ValidatableResponse decide(Object proposal, Map<String, Object> decision) {
        return staff().contentType(ContentType.JSON).body(decision).post(PROPOSALS + "/" + proposal + "/decision")
                .then();
    }

    @Test
    void turnsAnAcceptedProposalOfAnAssociatedCsoIntoADraftItLeads() {
        dgcAssociation(CSO_REP_ORGANIZATION, "granted");
        String proposal = given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON)
                .body(aProposal(CSO_REP_ORGANIZATION)).post(PROPOSALS).then().statusCode(201)
                .body("state", equalTo("submitted")).extract().path("id");

        decide(proposal, Map.of("state", "accepted")).statusCode(409).contentType(PROBLEM);
        decide(proposal, Map.of("state", "under-review")).statusCode(200);
        String event = decide(proposal, Map.of("state", "accepted", "reason", "timely")).statusCode(200)
                .body("state", equalTo("accepted")).extract().path("eventId");

        given().auth().oauth2(Tokens.user("cso-rep")).get(EVENTS + "/" + event).then().statusCode(200)
                .body("status", equalTo("draft")).body("leadOrganizationId", equalTo(CSO_REP_ORGANIZATION.toString()))
                .body("kind", equalTo("thematic-briefing"));
        given().auth().oauth2(Tokens.user("cso-rep")).get(EVENTS + "/" + event + "/feedback").then().statusCode(200)
                .body("responses", equalTo(0));
        given().auth().oauth2(Tokens.user("cso-rep-2")).get(EVENTS + "/" + event).then().statusCode(404);
        given().auth().oauth2(Tokens.user("cso-rep-2")).get(EVENTS + "/" + event + "/feedback").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.user("cso-rep")).post(EVENTS + "/" + event + "/publication").then()
                .statusCode(403);
    }

    @Test
    void refusesProposalsFromOrganizationsNotAssociatedWithDgc() {
        given().auth().oauth2(Tokens.user("cso-rep-2")).contentType(ContentType.JSON)
                .body(aProposal(CSO_REP_2_ORGANIZATION)).post(PROPOSALS).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/not-associated"));
        given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON)
                .body(aProposal(CSO_REP_2_ORGANIZATION)).post(PROPOSALS).then().statusCode(403);
    }

    @Test
    void rejectsWithAReasonAndMarksDuplicates() {
        UUID organization = UUID.randomUUID();
        dgcAssociation(organization, "granted");
        String first = staff().contentType(ContentType.JSON).body(aProposal(organization)).post(PROPOSALS)
                .then().statusCode(201).extract().path("id");
        String second = staff().contentType(ContentType.JSON).body(aProposal(organization)).post(PROPOSALS)
                .then().statusCode(201).extract().path("id");
        decide(first, Map.of("state", "under-review")).statusCode(200);

        decide(first, Map.of("state", "rejected")).statusCode(400).body("violations[0].field", equalTo("reason"));
        decide(first, Map.of("state", "rejected", "reason", "out of scope")).statusCode(200)
                .body("decisionReason", equalTo("out of scope"));
        decide(second, Map.of("state", "duplicate", "duplicateOf", first)).statusCode(200)
                .body("duplicateOf", equalTo(first));
    }

    @Test
    void refusesAKindLanguageOrStateSpeltOtherwiseNamingTheField() {
        UUID organization = UUID.randomUUID();
        dgcAssociation(organization, "granted");
        for (var wrong : List.of(Map.entry("kind", "conference"), Map.entry("kind", "THEMATIC_BRIEFING"),
                Map.entry("language", "de"), Map.entry("language", "EN"))) {
            Map<String, Object> proposal = new HashMap<>(aProposal(organization));
            proposal.put(wrong.getKey(), wrong.getValue());
            staff().contentType(ContentType.JSON).body(proposal).post(PROPOSALS).then().statusCode(400)
                    .contentType(PROBLEM).body("type", equalTo("https://civicspace.org/problems/validation"))
                    .body("violations[0].field", equalTo(wrong.getKey()));
        }
        String proposal = staff().contentType(ContentType.JSON).body(aProposal(organization)).post(PROPOSALS)
                .then().statusCode(201).body("kind", equalTo("thematic-briefing")).body("language", equalTo("en"))
                .body("allowedNextStates", equalTo(List.of("under-review", "withdrawn", "duplicate")))
                .extract().path("id");
        for (String state : List.of("PUBLISHED", "UNDER_REVIEW", "withdrawn", "submitted")) {
            decide(proposal, Map.of("state", state)).statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("https://civicspace.org/problems/validation"))
                    .body("violations[0].field", equalTo("state"));
        }
        staff().get(PROPOSALS + "/" + proposal).then().body("state", equalTo("submitted"));
        staff().queryParam("state", "SUBMITTED").get(PROPOSALS).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("state"))
                .body("violations[0].message",
                        equalTo("must be one of: submitted, under-review, accepted, rejected, withdrawn, duplicate"));
    }

    @Test
    void cancelsFutureRegistrationsAndOpenProposalsWhenTheAssociationIsWithdrawn() {
        UUID organization = UUID.randomUUID();
        dgcAssociation(organization, "granted");
        String proposal = staff().contentType(ContentType.JSON).body(aProposal(organization)).post(PROPOSALS)
                .then().statusCode(201).extract().path("id");
        UUID event = aPublishedEvent(aBriefing(1));
        String seated = register(event, anAdult(organization)).statusCode(201).body("status", equalTo("confirmed"))
                .extract().path("id");
        String next = register(event, anAdult(UUID.randomUUID())).statusCode(201)
                .body("status", equalTo("waitlisted")).extract().path("id");

        dgcAssociation(organization, "withdrawn");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> staff().get(EVENTS + "/" + event + "/registrations")
                .then().body("items.find { it.id == '" + seated + "' }.status", equalTo("cancelled"))
                .body("items.find { it.id == '" + next + "' }.status", equalTo("confirmed")));
        staff().get(PROPOSALS + "/" + proposal).then().body("state", equalTo("withdrawn"));
        staff().contentType(ContentType.JSON).body(aProposal(organization)).post(PROPOSALS).then().statusCode(403);
    }

    @Test
    void pagesProposalsNewestFirstEachOrganizationSeeingItsOwn() {
        dgcAssociation(CSO_REP_ORGANIZATION, "granted");
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ours.add(0, given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON)
                    .body(aProposal(CSO_REP_ORGANIZATION)).post(PROPOSALS).then().statusCode(201)
                    .extract().path("id"));
        }

        List<Map<String, Object>> own = allPages(() -> given().auth().oauth2(Tokens.user("cso-rep")), PROPOSALS, 2);
        assertThat(own.stream().map(p -> p.get("id")).toList()).containsSubsequence(ours).doesNotHaveDuplicates();
        assertThat(own).allSatisfy(p -> assertThat(p.get("organizationId"))
                .isEqualTo(CSO_REP_ORGANIZATION.toString()));
        assertThat(allPages(() -> given().auth().oauth2(Tokens.user("cso-rep-2")), PROPOSALS, 100).stream()
                .map(p -> p.get("id")).toList()).doesNotContainAnyElementsOf(ours);
        List<Map<String, Object>> submitted = allPages(() -> staff().queryParam("state", "submitted"), PROPOSALS, 50);
        assertThat(submitted.stream().map(p -> p.get("id")).toList()).containsAll(ours);
        assertThat(submitted).allSatisfy(p -> assertThat(p.get("state")).isEqualTo("submitted"));

        staff().queryParam("cursor", "bm90IG91cnM").get(PROPOSALS).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("cursor"));
        given().get(PROPOSALS).then().statusCode(401);
    }
}
