package org.civicspace.accreditation.accreditations.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.accreditation.Fixtures.API;
import static org.civicspace.accreditation.Fixtures.CSO_REP_2_ORGANIZATION;
import static org.civicspace.accreditation.Fixtures.PROBLEM;
import static org.civicspace.accreditation.Fixtures.accreditationOf;
import static org.civicspace.accreditation.Fixtures.anActiveOrganization;
import static org.civicspace.accreditation.Fixtures.grantedEcosoc;
import static org.civicspace.accreditation.Fixtures.readAll;
import static org.civicspace.accreditation.Fixtures.refusesACursorItDidNotIssueAndALimitAboveOneHundred;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.accreditation.Fixtures;
import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Quadrennial reports are read back by the organisation that wrote them and by staff, and by no one else. */
@QuarkusTest
class QuadrennialReportsTest {

    static String accreditation;
    static String report;

    /**
     * cso-rep-2's organisation holds special status and has submitted the report for its first four years; set up
     * once for the class, by the first test that runs.
     */
    @BeforeEach
    void anOrganizationThatReported() {
        if (report != null) {
            return;
        }
        Fixtures.organization(CSO_REP_2_ORGANIZATION, "IN", "national-ngo", "active", "sdg-3");
        grantedEcosoc(CSO_REP_2_ORGANIZATION, "special");
        accreditation = accreditationOf(CSO_REP_2_ORGANIZATION, "ecosoc");
        given().auth().oauth2(Tokens.user("cso-rep-2")).contentType(ContentType.JSON)
                .body(Map.of("periodEnding", LocalDate.now().toString(),
                        "summary", "Screened 41,000 women for cervical cancer in rural Maharashtra"))
                .post(API + "/accreditations/" + accreditation + "/reports").then().statusCode(200);
        report = given().auth().oauth2(Tokens.user("cso-rep-2")).get(API + "/accreditations/" + accreditation
                + "/reports").then().statusCode(200).extract().path("items[0].id");
    }

    @Test
    void showsTheOrganizationItsOwnReports() {
        given().auth().oauth2(Tokens.user("cso-rep-2")).get(API + "/accreditations/" + accreditation + "/reports")
                .then().statusCode(200)
                .body("items.accreditationId", contains(accreditation))
                .body("items[0].periodEnding", equalTo(LocalDate.now().toString()))
                .body("items[0].summary", equalTo("Screened 41,000 women for cervical cancer in rural Maharashtra"));
        given().auth().oauth2(Tokens.user("cso-rep-2"))
                .get(API + "/accreditations/" + accreditation + "/reports/" + report)
                .then().statusCode(200).body("id", equalTo(report)).body("accreditationId", equalTo(accreditation));
    }

    @Test
    void showsStaffAnyOrganizationsReports() {
        given().auth().oauth2(Tokens.user("dgc-officer")).get(API + "/accreditations/" + accreditation + "/reports")
                .then().statusCode(200).body("items.id", contains(report));
        given().auth().oauth2(Tokens.user("dgc-officer"))
                .get(API + "/accreditations/" + accreditation + "/reports/" + report)
                .then().statusCode(200).body("id", equalTo(report));
    }

    @Test
    void readsEveryReportOnceLatestPeriodFirst() {
        UUID organization = anActiveOrganization("BD", "national-ngo", "sdg-3");
        grantedEcosoc(organization, "general");
        String reporting = accreditationOf(organization, "ecosoc");
        LocalDate latest = LocalDate.now();
        submit(reporting, latest.minusYears(4), "The first four years");
        submit(reporting, latest, "The second four years");
        submit(reporting, latest, "The second four years, corrected");
        submit(reporting, latest.minusYears(8), "Before the grant");

        List<Map<String, Object>> seen = readAll("dgc-officer", API + "/accreditations/" + reporting + "/reports",
                Map.of(), 1);

        // of two reports on one period, the later one first
        assertThat(seen).extracting(r -> r.get("summary")).containsExactly("The second four years, corrected",
                "The second four years", "The first four years", "Before the grant");
        refusesACursorItDidNotIssueAndALimitAboveOneHundred("dgc-officer",
                API + "/accreditations/" + reporting + "/reports");
    }

    @Test
    void refusesAnotherOrganizationsRepresentative() {
        given().auth().oauth2(Tokens.user("cso-rep")).get(API + "/accreditations/" + accreditation + "/reports")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/forbidden"))
                .body("detail", equalTo("You may act only for the organisation you represent."));
        given().auth().oauth2(Tokens.user("cso-rep"))
                .get(API + "/accreditations/" + accreditation + "/reports/" + report)
                .then().statusCode(403).contentType(PROBLEM)
                .body("detail", equalTo("You may act only for the organisation you represent."));
    }

    @Test
    void refusesCommitteeMembersAndAnonymousCallers() {
        given().auth().oauth2(Tokens.user("committee-member"))
                .get(API + "/accreditations/" + accreditation + "/reports")
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        given().get(API + "/accreditations/" + accreditation + "/reports")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void answersNotFoundForAnUnknownAccreditationOrReport() {
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(Tokens.user("dgc-officer")).get(API + "/accreditations/" + unknown + "/reports")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("No accreditation with id " + unknown + "."));
        given().auth().oauth2(Tokens.user("cso-rep-2"))
                .get(API + "/accreditations/" + accreditation + "/reports/" + unknown)
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("No quadrennial report with id " + unknown + "."));
    }

    private static void submit(String accreditation, LocalDate periodEnding, String summary) {
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(Map.of("periodEnding", periodEnding.toString(), "summary", summary))
                .post(API + "/accreditations/" + accreditation + "/reports").then().statusCode(200);
    }
}
