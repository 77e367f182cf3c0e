package org.civicspace.reprisals.duplicates.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CASES;
import static org.civicspace.reprisals.casefile.api.CaseFixture.PROBLEM;
import static org.civicspace.reprisals.casefile.api.CaseFixture.aTravelBanIn;
import static org.civicspace.reprisals.casefile.api.CaseFixture.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.civicspace.reprisals.casefile.api.CaseFixture;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A duplicate hint considers only the cases the reporter may see: a match in any other case tells the reporter
 * nothing, and goes, audited, to the supervisors, who decide whether the two are linked.
 */
@QuarkusTest
class DuplicateReferralTest {

    static final String REFERRALS = "/api/v1/reprisals/duplicate-referrals";

    @Test
    void anOfficerLearnsNothingFromANameThatIsInACaseTheyMayNotSee() {
        CaseFixture first = aTravelBanIn("UZ");
        UUID firstId = first.reportedBy("case-officer");

        JsonPath probe = report("case-officer-2", aTravelBanIn("UZ").aboutTheSamePersonAs(first));
        JsonPath control = report("case-officer-2", aTravelBanIn("UZ"));

        assertThat(probe.getBoolean("possibleDuplicate")).isFalse();
        assertThat(probe.getMap("$").keySet()).isEqualTo(control.getMap("$").keySet());
        UUID probeId = UUID.fromString(probe.getString("id"));
        as("case-officer-2").get(CASES + "/" + probeId + "/possible-duplicates")
                .then().statusCode(200).body("items", empty()).body("next", nullValue());
        as("case-officer-2").get(CASES + "/" + firstId).then().statusCode(404);

        JsonPath referrals = as("case-supervisor").queryParam("limit", 100).get(REFERRALS)
                .then().statusCode(200).extract().jsonPath();
        assertThat(referrals.getList("items.findAll { it.caseId == '" + probeId + "' }.matchingCaseId"))
                .containsExactly(firstId.toString());
        as("case-supervisor").queryParam("caseId", probeId.toString()).get("/api/v1/reprisals/audit")
                .then().statusCode(200).body("items.findAll { it.action == 'duplicate-referred' }.actor",
                        contains("case-officer-2"));
    }

    @Test
    void anOfficerStillHearsOfADuplicateAmongTheirOwnCases() {
        CaseFixture first = aTravelBanIn("UZ");
        first.reportedBy("case-officer");

        assertThat(report("case-officer", aTravelBanIn("UZ").aboutTheSamePersonAs(first))
                .getBoolean("possibleDuplicate")).isTrue();
    }

    @Test
    void aSupervisorLinksAReferralOnceAndOfficersCannotSeeReferrals() {
        CaseFixture first = aTravelBanIn("UZ");
        first.reportedBy("case-officer");
        UUID probeId = UUID.fromString(report("case-officer-2", aTravelBanIn("UZ").aboutTheSamePersonAs(first))
                .getString("id"));
        String referral = as("case-supervisor").queryParam("limit", 100).get(REFERRALS).then().statusCode(200)
                .extract().path("items.find { it.caseId == '" + probeId + "' }.id");

        as("case-supervisor").contentType(ContentType.JSON).body(Map.of("status", "linked"))
                .post(REFERRALS + "/" + referral + "/decision")
                .then().statusCode(200).body("status", equalTo("linked")).body("decidedBy", equalTo("case-supervisor"));
        as("case-supervisor").contentType(ContentType.JSON).body(Map.of("status", "dismissed"))
                .post(REFERRALS + "/" + referral + "/decision")
                .then().statusCode(409).contentType(PROBLEM).body("allowedNextStates", empty());
        as("case-supervisor").queryParam("status", "linked").queryParam("limit", 100).get(REFERRALS)
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(referral));
        for (String user : List.of("case-officer", "case-officer-2", "dashboard")) {
            as(user).get(REFERRALS).then().statusCode(403).contentType(PROBLEM);
        }
        as("case-supervisor").queryParam("status", "LINKED").get(REFERRALS)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("status"))
                .body("violations[0].message", equalTo("must be one of: open, linked, dismissed"));
        as("case-supervisor").contentType(ContentType.JSON).body(Map.of("status", "open"))
                .post(REFERRALS + "/" + referral + "/decision")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("status"));
    }

    private static JsonPath report(String officer, CaseFixture fixture) {
        return as(officer).contentType(ContentType.JSON).body(fixture.officerReport()).post(CASES)
                .then().statusCode(201).extract().jsonPath();
    }
}
