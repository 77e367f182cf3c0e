package org.civicspace.accreditation.applications.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicspace.accreditation.Fixtures.APPLICATIONS;
import static org.civicspace.accreditation.Fixtures.CSO_REP_ORGANIZATION;
import static org.civicspace.accreditation.Fixtures.PROBLEM;
import static org.civicspace.accreditation.Fixtures.aDraft;
import static org.civicspace.accreditation.Fixtures.aSession;
import static org.civicspace.accreditation.Fixtures.anActiveOrganization;
import static org.civicspace.accreditation.Fixtures.beforeTheCommittee;
import static org.civicspace.accreditation.Fixtures.newApplication;
import static org.civicspace.accreditation.Fixtures.step;
import static org.civicspace.testing.TopicReader.header;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.civicspace.accreditation.Fixtures;
import org.civicspace.accreditation.accreditations.messaging.AccreditationEvents;
import org.civicspace.accreditation.applications.messaging.ApplicationEvents;
import org.civicspace.testing.EventSchemas;
import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every step of the review, who may take it, and the refusals, through HTTP with real tokens. */
@QuarkusTest
class ApplicationWorkflowTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String DUE = LocalDate.now().plusDays(30).toString();

    @Inject
    EntityManager entityManager;

    @Test
    void runsADgcApplicationThroughScreeningQuestionsDeferralAndGrant() {
        UUID organization = anActiveOrganization("KE", "national-ngo", "sdg-4");
        UUID first = aSession("dgc");
        try (TopicReader applications = new TopicReader(ApplicationEvents.APPLICATIONS);
                TopicReader accreditations = new TopicReader(AccreditationEvents.ACCREDITATIONS)) {
            String id = aDraft(organization, "dgc", null);
            step("dgc-officer", id, "submission", null).statusCode(200).body("state", equalTo("submitted"));
            step("dgc-officer", id, "screening", null).statusCode(200)
                    .body("state", equalTo("screening"))
                    .body("screening.findAll { !it.passed }", hasSize(0))
                    .body("screening.rule", hasItem("communications-capacity"));
            step("dgc-officer", id, "clarification-requests", Map.of("text", "Send your statutes", "responseDue", DUE))
                    .statusCode(200).body("state", equalTo("clarification-requested"));
            String clarification = given().auth().oauth2(Tokens.user("dgc-officer")).get(APPLICATIONS + "/" + id)
                    .then().extract().path("questions[0].id");
            step("dgc-officer", id, "questions/" + clarification + "/answer", Map.of("answer", "Attached"))
                    .statusCode(200).body("state", equalTo("screening"));
            step("dgc-officer", id, "agenda", Map.of("sessionId", first.toString())).statusCode(200)
                    .body("state", equalTo("before-committee")).body("sessionId", equalTo(first.toString()));
            String question = step("committee-member", id, "questions", Map.of("memberState", "CU", "text",
                    "Who funds you?", "responseDue", DUE)).statusCode(200)
                    .body("state", equalTo("questions-raised"))
                    .body("questions.find { it.kind == 'committee' }.memberState", equalTo("CU"))
                    .extract().path("questions.find { it.kind == 'committee' }.id");
            step("dgc-officer", id, "deferral", Map.of("reason", "awaiting answers")).statusCode(200)
                    .body("state", equalTo("deferred")).body("deferralCount", equalTo(1));
            UUID second = aSession("dgc");
            step("dgc-officer", id, "agenda", Map.of("sessionId", second.toString())).statusCode(200);
            step("dgc-officer", id, "recommendation", Map.of("reason", "answers satisfactory")).statusCode(200)
                    .body("state", equalTo("recommended"));
            step("dgc-officer", id, "decision", Map.of("outcome", "granted", "reasons", "meets every requirement"))
                    .statusCode(200).body("state", equalTo("granted")).body("allowedNextStates", hasSize(0));

            given().auth().oauth2(Tokens.user("dgc-officer")).queryParam("limit", 100)
                    .get(APPLICATIONS + "/" + id + "/history").then().statusCode(200)
                    .body("items.toState", contains("draft", "submitted", "screening", "clarification-requested",
                            "screening", "before-committee", "questions-raised", "deferred", "before-committee",
                            "recommended", "granted"))
                    .body("items[0].fromState", nullValue()).body("items[1].fromState", equalTo("draft"))
                    .body("items[10].reason", equalTo("meets every requirement")).body("next", nullValue());
            given().queryParam("organization", organization.toString())
                    .get(Fixtures.API + "/accreditations").then().statusCode(200)
                    .body("items[0].track", equalTo("dgc")).body("items[0].status", equalTo("active"))
                    .body("items[0].grantedOn", equalTo(LocalDate.now().toString()));

            var granted = accreditations.await(r -> organization.toString().equals(r.key()), 1, WAIT);
            assertThat(header(granted.get(0), "ce_type")).isEqualTo(AccreditationEvents.GRANTED.name());
            assertThat(EventSchemas.violations(AccreditationEvents.GRANTED.name(), granted.get(0).value())).isEmpty();
            assertThat(granted.get(0).value()).contains("\"track\":\"dgc\"", "\"effectiveFrom\":\"" + LocalDate.now());

            var steps = applications.await(r -> id.equals(r.key()), 3, WAIT);
            assertThat(steps).extracting(r -> header(r, "ce_type")).containsExactly(
                    ApplicationEvents.APPLICATION_SUBMITTED.name(), ApplicationEvents.QUESTION_RAISED.name(),
                    ApplicationEvents.APPLICATION_DEFERRED.name());
            steps.forEach(r -> assertThat(EventSchemas.violations(header(r, "ce_type"), r.value())).isEmpty());
            assertThat(steps.get(1).value()).contains("\"memberState\":\"CU\"", "\"questionId\":\"" + question + "\"",
                    "\"responseDue\":\"" + DUE + "\"");
            assertThat(steps.get(2).value()).doesNotContain("questionId", "responseDue");
        }
    }

    @Test
    void refusesAnIllegalTransitionNamingTheAllowedNextStates() {
        String id = aDraft(anActiveOrganization("BR", "national-ngo"), "dgc", null);

        step("dgc-officer", id, "screening", null).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/illegal-transition"))
                .body("currentState", equalTo("draft"))
                .body("allowedNextStates", containsInAnyOrder("submitted", "withdrawn"));
        step("dgc-officer", id, "decision", Map.of("outcome", "granted", "reasons", "x")).statusCode(409)
                .body("allowedNextStates", containsInAnyOrder("submitted", "withdrawn"));
        given().auth().oauth2(Tokens.user("dgc-officer")).get(APPLICATIONS + "/" + id)
                .then().body("state", equalTo("draft"));
    }

    @Test
    void keepsAnApplicationThatFailsTheMinimumRequirementsAwayFromTheCommittee() {
        UUID organization = anActiveOrganization("PE", "community-based-organization");
        var body = newApplication(organization, "dgc", null);
        @SuppressWarnings("unchecked")
        var declarations = (Map<String, Object>) body.get("declarations");
        declarations.put("legallyRegisteredOn", LocalDate.now().minusYears(1).toString());
        declarations.remove("website");
        String id = given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON).body(body)
                .post(APPLICATIONS).then().statusCode(201).extract().path("id");
        step("dgc-officer", id, "submission", null).statusCode(200);

        step("dgc-officer", id, "screening", null).statusCode(200)
                .body("screening.findAll { !it.passed }.rule", containsInAnyOrder("registered-two-years",
                        "communications-capacity"));
        step("dgc-officer", id, "agenda", Map.of("sessionId", aSession("dgc").toString())).statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/requirements-not-met"))
                .body("failedRules.rule", containsInAnyOrder("registered-two-years", "communications-capacity"));
        step("dgc-officer", id, "decision", Map.of("outcome", "rejected", "reasons", "registered in " + LocalDate.now()
                .minusYears(1).getYear())).statusCode(200).body("state", equalTo("rejected"));
    }

    @Test
    void letsARejectedApplicantAskForReconsiderationOnce() {
        UUID organization = anActiveOrganization("NG", "womens-group", "sdg-5");
        String id = beforeTheCommittee(organization, "dgc", null, aSession("dgc"));
        step("dgc-officer", id, "decision", Map.of("outcome", "rejected", "reasons", "not convinced")).statusCode(200);

        step("dgc-officer", id, "reconsideration", Map.of("reason", "new evidence")).statusCode(200)
                .body("state", equalTo("reconsideration-requested")).body("reconsiderationUsed", equalTo(true));
        step("dgc-officer", id, "agenda", Map.of("sessionId", aSession("dgc").toString())).statusCode(200);
        step("dgc-officer", id, "decision", Map.of("outcome", "rejected", "reasons", "still not convinced"))
                .statusCode(200).body("allowedNextStates", hasSize(0));
        step("dgc-officer", id, "reconsideration", Map.of("reason", "again")).statusCode(409)
                .body("type", equalTo("https://civicspace.org/problems/reconsideration-used"));
    }

    @Test
    void letsTheApplicantWithdrawBeforeTheDecisionButNotAfter() {
        String id = beforeTheCommittee(anActiveOrganization("FR", "foundation"), "dgc", null, aSession("dgc"));

        step("dgc-officer", id, "withdrawal", Map.of("reason", "we merged")).statusCode(200)
                .body("state", equalTo("withdrawn"));
        step("dgc-officer", id, "withdrawal", Map.of()).statusCode(409).body("currentState", equalTo("withdrawn"));
    }

    @Test
    void needsACategoryForEcosocAndNoneForDgc() {
        UUID organization = anActiveOrganization("IN", "national-ngo");
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(newApplication(organization, "ecosoc", null)).post(APPLICATIONS)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("requestedCategory"));
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(newApplication(organization, "dgc", "general")).post(APPLICATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("requestedCategory"));
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(newApplication(organization, "ecosoc", "honorary")).post(APPLICATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("requestedCategory"));
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(Map.of("organizationId", organization.toString(), "track", "dgc", "declarations",
                        Fixtures.declarations(), "state", "granted"))
                .post(APPLICATIONS).then().statusCode(400);
    }

    @Test
    void allowsOneOpenApplicationPerTrack() {
        UUID organization = anActiveOrganization("GH", "national-ngo");
        aDraft(organization, "dgc", null);

        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(newApplication(organization, "dgc", null)).post(APPLICATIONS)
                .then().statusCode(409).contentType(PROBLEM);
        aDraft(organization, "ecosoc", "special");
    }

    @Test
    void changesADraftOnlyWithTheVersionRead() {
        String id = aDraft(anActiveOrganization("CL", "national-ngo"), "ecosoc", "roster");
        var changed = Map.of("requestedCategory", "special", "declarations", Fixtures.declarations());

        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON).body(changed)
                .put(APPLICATIONS + "/" + id).then().statusCode(428).contentType(PROBLEM);
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(changed).put(APPLICATIONS + "/" + id).then().statusCode(412);
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(changed).put(APPLICATIONS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("requestedCategory", equalTo("special"));
    }

    @Test
    void showsApplicationsOnlyToTheirOrganizationStaffAndTheCommitteeOnceOnTheAgenda() {
        String own = given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON)
                .body(newApplication(CSO_REP_ORGANIZATION, "dgc", null)).post(APPLICATIONS)
                .then().statusCode(201).extract().path("id");
        try {
            List<Map<String, Object>> representativeSees = readAll("cso-rep", Map.of(), 1);
            assertThat(representativeSees).extracting(a -> a.get("id")).contains(own);
            assertThat(representativeSees).extracting(a -> a.get("organizationId"))
                    .containsOnly(CSO_REP_ORGANIZATION.toString());
            given().auth().oauth2(Tokens.user("cso-rep-2")).get(APPLICATIONS + "/" + own).then().statusCode(404)
                    .contentType(PROBLEM);
            assertThat(readAll("cso-rep-2", Map.of(), 100)).extracting(a -> a.get("id")).doesNotContain(own);
            given().auth().oauth2(Tokens.user("cso-rep-2")).queryParam("organization", CSO_REP_ORGANIZATION)
                    .get(APPLICATIONS).then().statusCode(200).body("items", hasSize(0)).body("next", nullValue());
            given().auth().oauth2(Tokens.user("dashboard")).get(APPLICATIONS).then().statusCode(403)
                    .contentType(PROBLEM);
            given().auth().oauth2(Tokens.user("committee-member")).get(APPLICATIONS + "/" + own).then()
                    .statusCode(404);
            given().get(APPLICATIONS + "/" + own).then().statusCode(401).contentType(PROBLEM);
            given().auth().oauth2(Tokens.user("dashboard")).get(APPLICATIONS + "/" + own).then().statusCode(403);
            given().auth().oauth2(Tokens.user("cso-rep-2")).contentType(ContentType.JSON)
                    .body(newApplication(CSO_REP_ORGANIZATION, "ecosoc", "roster")).post(APPLICATIONS)
                    .then().statusCode(403).contentType(PROBLEM);
        } finally {
            step("cso-rep", own, "withdrawal", Map.of("reason", "test over")).statusCode(200);
        }
    }

    @Test
    void leavesReviewStepsToStaffAndQuestionsToCommitteeMembersOfTheSession() {
        UUID organization = anActiveOrganization("EG", "advocacy-group", "human-rights");
        String id = beforeTheCommittee(organization, "dgc", null, aSession("dgc"));

        step("committee-member", id, "decision", Map.of("outcome", "rejected", "reasons", "no")).statusCode(403);
        step("dashboard", id, "questions", Map.of("memberState", "CU", "text", "?", "responseDue", DUE))
                .statusCode(403);
        step("dgc-officer", id, "questions", Map.of("memberState", "FR", "text", "?", "responseDue", DUE))
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("memberState"));
        given().auth().oauth2(Tokens.user("committee-member")).get(APPLICATIONS + "/" + id)
                .then().statusCode(200).body("state", equalTo("before-committee"));
    }

    @Test
    void aCommitteeMemberSpeaksOnlyForTheStateTheirAccountIsBoundTo() {
        String id = beforeTheCommittee(anActiveOrganization("EG", "advocacy-group", "human-rights"), "dgc", null,
                aSession("dgc"));

        step("committee-member", id, "questions", Map.of("memberState", "IN", "text", "?", "responseDue", DUE))
                .statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/forbidden"))
                .body("detail", equalTo("You may speak only for CU."));
        given().auth().oauth2(Tokens.user("committee-member")).get(APPLICATIONS + "/" + id)
                .then().statusCode(200).body("state", equalTo("before-committee")).body("questions", hasSize(0));

        step("committee-member", id, "questions", Map.of("text", "Who funds you?", "responseDue", DUE))
                .statusCode(200).body("questions.find { it.kind == 'committee' }.memberState", equalTo("CU"));
    }

    @Test
    void listsAnOrganizationsApplicationsPageByPageNewestFirst() {
        UUID organization = anActiveOrganization("CL", "national-ngo", "sdg-5");
        String first = aDraft(organization, "dgc", null);
        step("dgc-officer", first, "withdrawal", Map.of("reason", "started again")).statusCode(200);
        String second = aDraft(organization, "dgc", null);
        String third = aDraft(organization, "ecosoc", "special");

        List<Map<String, Object>> seen = readAll("dgc-officer", Map.of("organization", organization.toString()), 2);

        assertThat(seen).extracting(a -> a.get("id")).containsExactly(third, second, first);
        given().auth().oauth2(Tokens.user("dgc-officer")).queryParam("cursor", "bm90LWEtY3Vyc29y").get(APPLICATIONS)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("cursor"));
        given().auth().oauth2(Tokens.user("dgc-officer")).queryParam("limit", 101).get(APPLICATIONS).then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void keepsTheHistoryAppendOnly() {
        String id = aDraft(anActiveOrganization("JP", "think-tank-or-research-institute"), "dgc", null);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE application_history SET reason = 'rewritten' WHERE application_id = :id")
                .setParameter("id", UUID.fromString(id)).executeUpdate()))
                .hasStackTraceContaining("append-only");
    }

    /** Reads the applications visible to {@code user} page by page, {@code limit} at a time, following next. */
    private static List<Map<String, Object>> readAll(String user, Map<String, String> filters, int limit) {
        List<Map<String, Object>> seen = Fixtures.readAll(user, APPLICATIONS, filters, limit);
        assertThat(seen).extracting(a -> a.get("id")).doesNotHaveDuplicates();
        return seen;
    }
}
