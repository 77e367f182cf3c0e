package org.civicspace.accreditation.transparency.api;

import static io.restassured.RestAssured.given;
import static org.civicspace.accreditation.Fixtures.API;
import static org.civicspace.accreditation.Fixtures.anActiveOrganization;
import static org.civicspace.accreditation.Fixtures.beforeTheCommittee;
import static org.civicspace.accreditation.Fixtures.step;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.civicspace.accreditation.Fixtures;
import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Public transparency: statistics as JSON and CSV, session summaries in the style of the DGC press release, and
 * decision feeds. Each test runs in its own period or session, so other tests' decisions do not disturb it.
 */
@QuarkusTest
class TransparencyTest {

    @Test
    void summarisesASessionLikeTheDgcPressRelease() {
        UUID session = Fixtures.aSession("dgc");
        for (String country : new String[] { "CA", "US", "IN" }) {
            String id = beforeTheCommittee(anActiveOrganization(country, "national-ngo", "sdg-4"), "dgc", null,
                    session);
            step("dgc-officer", id, "recommendation", Map.of()).statusCode(200);
            step("dgc-officer", id, "decision", Map.of("outcome", "granted", "reasons", "associated")).statusCode(200);
        }
        String deferred = beforeTheCommittee(anActiveOrganization("CO", "national-ngo"), "dgc", null, session);
        step("dgc-officer", deferred, "questions", Map.of("memberState", "ZA", "text", "Your budget?",
                "responseDue", LocalDate.now().plusDays(20).toString())).statusCode(200);
        step("dgc-officer", deferred, "deferral", Map.of("reason", "answers awaited")).statusCode(200);

        given().get(API + "/sessions/" + session + "/summary").then().statusCode(200)
                .body("granted", equalTo(3)).body("deferred", equalTo(1)).body("questionsRaised", equalTo(1))
                .body("grantedOrganizations", hasSize(3))
                .body("totalAccredited", greaterThanOrEqualTo(3))
                .body("text", startsWith("The DGC Civil Society Association Committee associated 3 civil society "
                        + "organisations at its session"))
                .body("text", containsString("bringing the number of organisations associated with DGC to"));
        given().auth().oauth2(Tokens.user("committee-member")).queryParam("limit", 100)
                .get(API + "/sessions/" + session + "/agenda").then().statusCode(200).body("items", hasSize(4))
                .body("items.outcome", hasItem("deferred"))
                .body("items.findAll { it.outcome == 'granted' }", hasSize(3));
        given().get(API + "/sessions/" + session + "/agenda").then().statusCode(401);
    }

    @Test
    void publishesStatisticsByRegionTypeThemeAndMemberState() {
        String session = Fixtures.aSession("ecosoc").toString();
        String granted = beforeTheCommittee(anActiveOrganization("NG", "womens-group", "sdg-5", "human-rights"),
                "ecosoc", "special", UUID.fromString(session));
        step("committee-member", granted, "questions", Map.of("memberState", "CU", "text", "Your funding?",
                "responseDue", LocalDate.now().plusDays(20).toString())).statusCode(200);
        step("dgc-officer", granted, "recommendation", Map.of("category", "special")).statusCode(200);
        step("dgc-officer", granted, "decision", Map.of("outcome", "granted", "reasons", "ok")).statusCode(200);
        String rejected = beforeTheCommittee(anActiveOrganization("DE", "foundation", "sdg-5"), "ecosoc", "roster",
                UUID.fromString(session));
        step("dgc-officer", rejected, "decision", Map.of("outcome", "rejected", "reasons", "no")).statusCode(200);

        String today = LocalDate.now().toString();
        given().queryParam("track", "ecosoc").queryParam("from", today).queryParam("to", today)
                .get(API + "/statistics").then().statusCode(200)
                .body("track", equalTo("ecosoc"))
                .body("overall.decisions", greaterThanOrEqualTo(2))
                .body("byRegion.key", hasItem("Africa")).body("byRegion.key", hasItem("Europe"))
                .body("byOrganizationType.find { it.key == 'womens-group' }.granted", greaterThanOrEqualTo(1))
                .body("byTheme.key", hasItem("human-rights"))
                .body("questionsByMemberState.memberState", hasItem("CU"));
        given().queryParam("track", "ecosoc").queryParam("from", today).queryParam("to", today)
                .get(API + "/statistics.csv").then().statusCode(200).contentType(containsString("text/csv"))
                .body(startsWith("dimension,key,decisions,granted,rejected,approval_rate"))
                .body(containsString("\r\nregion,Africa,")).body(containsString("\r\nmember-state,CU,"));
        given().queryParam("from", today).queryParam("to", today).get(API + "/statistics").then().statusCode(200)
                .body("track", equalTo("all")).body("overall.decisions", greaterThanOrEqualTo(2));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsOrIsNotADate() {
        given().queryParam("from", "2026-05-01").queryParam("to", "2026-04-01").get(API + "/statistics")
                .then().statusCode(400).contentType(Fixtures.PROBLEM).body("violations[0].field", equalTo("to"));
        given().queryParam("from", "yesterday").get(API + "/statistics").then().statusCode(400)
                .contentType(Fixtures.PROBLEM);
    }

    @Test
    void feedsTheDecisionsOfASessionAsAtomAndJson() {
        UUID session = Fixtures.aSession("dgc");
        String id = beforeTheCommittee(anActiveOrganization("BR", "independent-media"), "dgc", null, session);
        step("dgc-officer", id, "recommendation", Map.of()).statusCode(200);
        step("dgc-officer", id, "decision", Map.of("outcome", "granted", "reasons", "associated")).statusCode(200);

        given().queryParam("session", session.toString()).get(API + "/feeds/decisions.atom").then().statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .body("feed.entry.size()", equalTo(1))
                .body("feed.entry.title", startsWith("Granted: Test organisation"));
        given().queryParam("session", session.toString()).get(API + "/feeds/decisions.json").then().statusCode(200)
                .body("version", equalTo("https://jsonfeed.org/version/1.1"))
                .body("items", hasSize(1)).body("items[0].tags", hasItem("dgc"));
    }
}
