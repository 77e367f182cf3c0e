package org.civicspace.accreditation.accreditations.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.accreditation.Fixtures.API;
import static org.civicspace.accreditation.Fixtures.APPLICATIONS;
import static org.civicspace.accreditation.Fixtures.PROBLEM;
import static org.civicspace.accreditation.Fixtures.accreditationOf;
import static org.civicspace.accreditation.Fixtures.anActiveOrganization;
import static org.civicspace.accreditation.Fixtures.grantedDgc;
import static org.civicspace.accreditation.Fixtures.grantedEcosoc;
import static org.civicspace.accreditation.Fixtures.newApplication;
import static org.civicspace.accreditation.Fixtures.step;
import static org.civicspace.testing.TopicReader.header;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.civicspace.accreditation.Fixtures;
import org.civicspace.accreditation.accreditations.application.QuadrennialReports;
import org.civicspace.accreditation.accreditations.messaging.AccreditationEvents;
import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** After the grant: category changes, quadrennial reports, suspension, reinstatement and withdrawal. */
@QuarkusTest
class AccreditationLifecycleTest {

    @Inject
    QuadrennialReports reports;

    static void staff(String accreditation, String action, int status) {
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "test: " + action))
                .post(API + "/accreditations/" + accreditation + "/" + action).then().statusCode(status);
    }

    @Test
    void changesTheEcosocCategoryThroughANewApplication() {
        UUID organization = anActiveOrganization("KE", "international-ngo", "sdg-13");
        grantedEcosoc(organization, "roster");
        String accreditation = accreditationOf(organization, "ecosoc");
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(newApplication(organization, "ecosoc", "roster")).post(APPLICATIONS)
                .then().statusCode(409).contentType(PROBLEM);

        try (TopicReader topic = new TopicReader(AccreditationEvents.ACCREDITATIONS)) {
            String change = given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                    .body(newApplication(organization, "ecosoc", "special")).post(APPLICATIONS)
                    .then().statusCode(201).body("changesAccreditation", equalTo(accreditation)).extract().path("id");
            String session = Fixtures.aSession("ecosoc").toString();
            step("dgc-officer", change, "submission", null).statusCode(200);
            step("dgc-officer", change, "screening", null).statusCode(200);
            step("dgc-officer", change, "agenda", Map.of("sessionId", session)).statusCode(200);
            step("dgc-officer", change, "recommendation", Map.of("category", "special")).statusCode(200);
            step("dgc-officer", change, "decision", Map.of("outcome", "granted", "reasons", "reclassified"))
                    .statusCode(200);

            given().get(API + "/accreditations/" + accreditation).then().statusCode(200)
                    .body("category", equalTo("special"))
                    .body("nextReportDue", equalTo(LocalDate.now().plusYears(4).toString()));
            var records = topic.await(r -> organization.toString().equals(r.key())
                    && AccreditationEvents.STATUS_CHANGED.name().equals(header(r, "ce_type")), 1,
                    Duration.ofSeconds(20));
            assertThat(records.get(0).value()).contains("\"ecosocStatus\":\"special\"");
        }
    }

    @Test
    void owesAQuadrennialReportForGeneralAndSpecialStatusAndIsSuspendedWithoutIt() {
        UUID organization = anActiveOrganization("IN", "national-ngo", "sdg-1");
        grantedEcosoc(organization, "general");
        String accreditation = accreditationOf(organization, "ecosoc");
        LocalDate due = LocalDate.now().plusYears(4);
        given().get(API + "/accreditations/" + accreditation).then().body("nextReportDue", equalTo(due.toString()));

        assertThat(reports.suspendForOverdueReports(due.plusDays(90))).isZero();
        int suspended = reports.suspendForOverdueReports(due.plusDays(91));

        assertThat(suspended).isPositive();
        given().get(API + "/accreditations/" + accreditation).then().body("status", equalTo("suspended"));
        staff(accreditation, "reinstatement", 200);
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(Map.of("periodEnding", LocalDate.now().toString(), "summary", "Four years of work"))
                .post(API + "/accreditations/" + accreditation + "/reports").then().statusCode(200)
                .body("nextReportDue", equalTo(due.plusYears(4).toString())).body("status", equalTo("active"));
    }

    @Test
    void listsOverdueReportsToStaffOnly() {
        given().auth().oauth2(Tokens.user("dgc-officer")).get(API + "/accreditations/overdue-reports")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.user("cso-rep")).get(API + "/accreditations/overdue-reports")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void owesNoReportOnTheRosterOrForDgcAssociation() {
        UUID organization = anActiveOrganization("TZ", "community-based-organization");
        grantedDgc(organization);
        given().get(API + "/accreditations/" + accreditationOf(organization, "dgc")).then()
                .body("nextReportDue", nullValue()).body("category", nullValue());
    }

    @Test
    void suspendsReinstatesAndWithdrawsPublishingEachChange() {
        UUID organization = anActiveOrganization("SN", "national-ngo");
        grantedDgc(organization);
        String accreditation = accreditationOf(organization, "dgc");
        try (TopicReader topic = new TopicReader(AccreditationEvents.ACCREDITATIONS)) {
            staff(accreditation, "suspension", 200);
            staff(accreditation, "suspension", 409);
            staff(accreditation, "reinstatement", 200);
            staff(accreditation, "withdrawal", 200);
            staff(accreditation, "reinstatement", 409);

            // the grant may have been published before the reader joined: look at what followed it
            var records = topic.await(r -> organization.toString().equals(r.key())
                    && !AccreditationEvents.GRANTED.name().equals(header(r, "ce_type")), 3, Duration.ofSeconds(20));
            assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(
                    AccreditationEvents.SUSPENDED.name(), AccreditationEvents.REINSTATED.name(),
                    AccreditationEvents.WITHDRAWN.name());
        }
        given().queryParam("organization", organization.toString()).get(API + "/accreditations")
                .then().body("items.status", hasItem("withdrawn"));
        // withdrawn: the organisation may apply again
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(newApplication(organization, "dgc", null)).post(APPLICATIONS).then().statusCode(201)
                .body("changesAccreditation", nullValue()).body("id", notNullValue());
    }

    @Test
    void leavesSuspensionToStaff() {
        UUID organization = anActiveOrganization("MX", "national-ngo");
        grantedDgc(organization);
        given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post(API + "/accreditations/" + accreditationOf(organization, "dgc") + "/suspension")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post(API + "/accreditations/" + accreditationOf(organization, "dgc") + "/withdrawal")
                .then().statusCode(403);
    }
}
