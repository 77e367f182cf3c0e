package org.civicspace.reprisals.intake.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CANARY;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CASES;
import static org.civicspace.reprisals.casefile.api.CaseFixture.PROBLEM;
import static org.civicspace.reprisals.casefile.api.CaseFixture.aTravelBanIn;
import static org.civicspace.reprisals.casefile.api.CaseFixture.as;
import static org.civicspace.reprisals.casefile.api.CaseFixture.fromFreshAddress;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.civicspace.reprisals.RawDatabase;
import org.civicspace.reprisals.casefile.api.CaseFixture;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The secure intake: open to people without an account, answering with a reference and a one-time secret only. */
@QuarkusTest
class SecureIntakeTest {

    static final String INTAKE = "/api/v1/reprisals/intake";

    @Inject
    RawDatabase database;

    @Test
    void anonymousReporterGetsOnlyAReferenceAndAFollowUpSecret() {
        var receipt = aTravelBanIn("NE").reportedSecurely();

        Map<String, Object> body = receipt.as(Map.class);
        assertThat(body).containsOnlyKeys("reference", "followUpSecret");
        assertThat((String) body.get("reference")).matches("RC-[0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat((String) body.get("followUpSecret")).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void storesTheFollowUpSecretOnlyAsAHash() {
        var receipt = aTravelBanIn("NE").reportedSecurely();
        String secret = receipt.path("followUpSecret");

        String dump = database.dumpEverything();

        assertThat(dump).doesNotContain(secret).doesNotContain(RawDatabase.asByteaHex(secret));
        assertThat(database.text("SELECT follow_up_secret_hash FROM reprisal_case WHERE reference = ?",
                (String) receipt.path("reference"))).hasSize(64).isNotEqualTo(secret);
    }

    @Test
    void reporterAddsInformationAndSeesOnlyACoarseStatus() {
        var receipt = aTravelBanIn("NE").reportedSecurely();
        String reference = receipt.path("reference");
        String secret = receipt.path("followUpSecret");

        fromFreshAddress().contentType(ContentType.JSON)
                .body(Map.of("reference", reference, "secret", secret, "information", CANARY + " new threats"))
                .post(INTAKE + "/follow-ups")
                .then().statusCode(200)
                .body("reference", equalTo(reference))
                .body("status", equalTo("received"));
        Map<String, Object> status = fromFreshAddress().contentType(ContentType.JSON)
                .body(Map.of("reference", reference, "secret", secret)).post(INTAKE + "/status")
                .then().statusCode(200).extract().as(Map.class);

        assertThat(status).containsOnlyKeys("reference", "status");
        UUID id = UUID.fromString(database.text("SELECT id FROM reprisal_case WHERE reference = ?", reference));
        as("case-supervisor").queryParam("purpose", "verification-of-information").get(CASES + "/" + id)
                .then().statusCode(200)
                .body("intakeChannel", equalTo("secure-intake"))
                .body("notes[0].source", equalTo("secure-follow-up"))
                .body("notes[0].text", equalTo(CANARY + " new threats"));
    }

    @Test
    void aWrongSecretLooksLikeAnUnknownReference() {
        String reference = aTravelBanIn("NE").reportedSecurely().path("reference");

        var wrongSecret = fromFreshAddress().contentType(ContentType.JSON)
                .body(Map.of("reference", reference, "secret", "not-the-secret")).post(INTAKE + "/status")
                .then().statusCode(404).contentType(PROBLEM).extract().jsonPath();
        var unknown = fromFreshAddress().contentType(ContentType.JSON)
                .body(Map.of("reference", "RC-00000-00000", "secret", "not-the-secret")).post(INTAKE + "/status")
                .then().statusCode(404).contentType(PROBLEM).extract().jsonPath();

        assertThat(wrongSecret.getString("title")).isEqualTo(unknown.getString("title"));
        assertThat(wrongSecret.getString("detail").replace(reference, "RC-00000-00000"))
                .isEqualTo(unknown.getString("detail"));
    }

    @Test
    void securelyReportedCaseIsSeenBySupervisorsOnlyUntilAssigned() {
        String reference = aTravelBanIn("NE").reportedSecurely().path("reference");
        UUID id = UUID.fromString(database.text("SELECT id FROM reprisal_case WHERE reference = ?", reference));

        as("case-officer").get(CASES + "/" + id).then().statusCode(404);
        as("case-supervisor").get(CASES).then().statusCode(200);
        as("case-supervisor").contentType(ContentType.JSON).body(Map.of("officer", "case-officer"))
                .post(CASES + "/" + id + "/assignments").then().statusCode(200);
        as("case-officer").get(CASES + "/" + id).then().statusCode(200).body("reference", equalTo(reference));
    }

    @Test
    void limitsRequestsPerClientAddress() {
        String address = CaseFixture.freshAddress();
        Map<String, Object> report = aTravelBanIn("NE").secureReport();

        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(report).post(INTAKE)
                    .then().statusCode(201);
        }
        given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(report).post(INTAKE)
                .then().statusCode(429).contentType(PROBLEM)
                .header("Retry-After", notNullValue());
        given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("reference", "RC-00000-00000", "secret", "guess")).post(INTAKE + "/status")
                .then().statusCode(429);
        fromFreshAddress().contentType(ContentType.JSON).body(report).post(INTAKE).then().statusCode(201);
    }

    @Test
    void aMalformedForwardedAddressIsLimitedNotAServerError() {
        Map<String, Object> report = aTravelBanIn("NE").secureReport();
        String malformed = "not-an-ip-" + UUID.randomUUID();

        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", malformed).contentType(ContentType.JSON).body(report).post(INTAKE)
                    .then().statusCode(201);
        }
        given().header("X-Forwarded-For", malformed).contentType(ContentType.JSON).body(report).post(INTAKE)
                .then().statusCode(429).contentType(PROBLEM);
    }

    @Test
    void authenticatedReportersMayUseTheIntakeToo() {
        fromFreshAddress().auth().oauth2(org.civicspace.testing.Tokens.user("cso-rep"))
                .contentType(ContentType.JSON).body(aTravelBanIn("NE").secureReport()).post(INTAKE)
                .then().statusCode(201).body("reference", notNullValue());
    }

    @Test
    void refusesUnknownFieldsInTheIntake() {
        Map<String, Object> report = aTravelBanIn("NE").secureReport();
        report.put("assignedOfficers", java.util.List.of("case-officer-2"));

        fromFreshAddress().contentType(ContentType.JSON).body(report).post(INTAKE)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("assignedOfficers"));
    }
}
