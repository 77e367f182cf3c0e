package org.civicspace.reprisals.casefile.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CANARY;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CASES;
import static org.civicspace.reprisals.casefile.api.CaseFixture.PROBLEM;
import static org.civicspace.reprisals.casefile.api.CaseFixture.aTravelBanIn;
import static org.civicspace.reprisals.casefile.api.CaseFixture.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.civicspace.reprisals.RawDatabase;
import org.civicspace.reprisals.crypto.application.Envelopes;
import org.civicspace.reprisals.crypto.domain.DataKey;
import org.civicspace.reprisals.crypto.domain.WrappedKey;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Intake by a case officer, envelope encryption at rest, need-to-know and the stated purpose. */
@QuarkusTest
class CaseIntakeAndAccessTest {

    @Inject
    RawDatabase database;
    @Inject
    Envelopes envelopes;

    @Test
    void officerRecordsACaseAndIsAssignedToIt() {
        UUID id = aTravelBanIn("TD").reportedBy("case-officer");

        as("case-officer").get(CASES + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"" + database.count("SELECT version FROM reprisal_case WHERE id = ?", id) + "\"")
                .body("status", equalTo("reported"))
                .body("country", equalTo("TD"))
                .body("assignedOfficers", contains("case-officer"))
                .body("acts[0].type", equalTo("travel-ban-or-visa-denial"));
    }

    @Test
    void rawTablesHoldNoPlaintextOfIdentifyingFields() {
        CaseFixture fixture = aTravelBanIn("TD");
        UUID id = fixture.reportedBy("case-officer");
        as("case-officer").contentType(ContentType.JSON).body(Map.of("text", CANARY + " officer note"))
                .post(CASES + "/" + id + "/notes").then().statusCode(201);

        String dump = database.dumpEverything();

        assertThat(dump).contains(id.toString());
        assertThat(dump).doesNotContainIgnoringCase(CANARY)
                .doesNotContain(RawDatabase.asByteaHex(CANARY))
                .doesNotContain(RawDatabase.asByteaHex(fixture.victimName()));
        assertThat(database.text("SELECT data_key_id FROM reprisal_case WHERE id = ?", id)).isEqualTo("test-2026");
    }

    @Test
    void assignedOfficerSeesIdentifyingDataOnlyWithAStatedPurpose() {
        CaseFixture fixture = aTravelBanIn("TD");
        UUID id = fixture.reportedBy("case-officer");

        as("case-officer").get(CASES + "/" + id)
                .then().statusCode(200)
                .body("identifyingData", equalTo("withheld"))
                .body("dossier", nullValue())
                .body("victims[0].name", nullValue())
                .body(not(containsString(CANARY)));

        as("case-officer").queryParam("purpose", "risk-assessment").get(CASES + "/" + id)
                .then().statusCode(200)
                .body("identifyingData", equalTo("shown"))
                .body("purpose", equalTo("risk-assessment"))
                .body("victims[0].name", equalTo(fixture.victimName()))
                .body("dossier.narrative", containsString(CANARY))
                .body("dossier.sources[0].reliability", equalTo("reliable"));
    }

    @Test
    void listsTheVictimsInTheOrderTheReportNamedThem() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        UUID id = aTravelBanIn("TD").withPerson(first).withPerson(second).withPerson(third)
                .reportedBy("case-officer");

        for (int read = 0; read < 3; read++) {
            as("case-officer").queryParam("purpose", "risk-assessment").get(CASES + "/" + id)
                    .then().statusCode(200)
                    .body("victims.registryId", contains(null, first.toString(), second.toString(),
                            third.toString()));
        }
    }

    @Test
    void refusesAPurposeOutsideTheList() {
        UUID id = aTravelBanIn("TD").reportedBy("case-officer");

        as("case-officer").queryParam("purpose", "curiosity").get(CASES + "/" + id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("purpose"));
    }

    @Test
    void refusesAPurposeSpelledTheOldWayListingTheValues() {
        UUID id = aTravelBanIn("TD").reportedBy("case-officer");

        as("case-officer").queryParam("purpose", "RISK_ASSESSMENT").get(CASES + "/" + id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/validation"))
                .body("violations[0].field", equalTo("purpose"))
                .body("violations[0].message", equalTo("must be one of: risk-assessment, protection-planning, "
                        + "contact-with-person-concerned, verification-of-information, supervisory-review"));
    }

    @Test
    void aDossierSealedBeforeTheWireSpellingChangedOpensInTheNewSpelling() {
        UUID id = aTravelBanIn("TD").reportedBy("case-officer");
        DataKey key = envelopes.unwrap(id, new WrappedKey(
                database.text("SELECT data_key_id FROM reprisal_case WHERE id = ?", id),
                HexFormat.of().parseHex(database.text(
                        "SELECT encode(wrapped_data_key, 'hex') FROM reprisal_case WHERE id = ?", id))));
        String sealedNow = new String(envelopes.open(key, id, HexFormat.of().parseHex(database.text(
                "SELECT encode(sealed_dossier, 'hex') FROM reprisal_case WHERE id = ?", id))), StandardCharsets.UTF_8);
        assertThat(sealedNow).contains("\"reliability\":\"RELIABLE\"");

        byte[] sealedBefore = envelopes.seal(key, id, """
                {"narrative":"Narrative as sealed before","exactLocation":null,"engagementLabel":"Session 58",
                 "eventsServiceId":null,"sources":[{"description":"Partner","reliability":"PARTLY_RELIABLE"}]}"""
                .getBytes(StandardCharsets.UTF_8));
        database.execute("UPDATE reprisal_case SET sealed_dossier = '\\x" + HexFormat.of().formatHex(sealedBefore)
                + "' WHERE id = '" + id + "'");

        as("case-officer").queryParam("purpose", "risk-assessment").get(CASES + "/" + id)
                .then().statusCode(200)
                .body("dossier.narrative", equalTo("Narrative as sealed before"))
                .body("dossier.sources[0].reliability", equalTo("partly-reliable"));
    }

    @Test
    void unassignedOfficerGetsTheSame404AsForACaseThatDoesNotExist() {
        UUID id = aTravelBanIn("TD").reportedBy("case-officer");
        UUID nonexistent = UUID.randomUUID();

        var refused = as("case-officer-2").queryParam("purpose", "risk-assessment").get(CASES + "/" + id)
                .then().statusCode(404).contentType(PROBLEM).extract().jsonPath();
        var absent = as("case-officer-2").get(CASES + "/" + nonexistent)
                .then().statusCode(404).contentType(PROBLEM).extract().jsonPath();

        assertThat(refused.getString("type")).isEqualTo(absent.getString("type"));
        assertThat(refused.getString("title")).isEqualTo(absent.getString("title"));
        assertThat(refused.getString("detail")).isEqualTo(absent.getString("detail").replace(nonexistent.toString(),
                id.toString()));
        as("case-officer-2").contentType(ContentType.JSON).body(Map.of("type", "urgent-appeal"))
                .post(CASES + "/" + id + "/measures").then().statusCode(404);
        as("case-officer-2").get(CASES).then().statusCode(200).body("items.id", not(hasItem(id.toString())));
    }

    @Test
    void supervisorReadsEveryCaseAndAssignsOfficers() {
        UUID id = aTravelBanIn("TD").consentingTo("share-within-ohchr").reportedBy("case-officer");

        as("case-supervisor").queryParam("purpose", "supervisory-review").get(CASES + "/" + id)
                .then().statusCode(200).body("identifyingData", equalTo("shown"));
        as("case-supervisor").contentType(ContentType.JSON).body(Map.of("officer", "case-officer-2"))
                .post(CASES + "/" + id + "/assignments").then().statusCode(200);

        as("case-officer-2").get(CASES + "/" + id).then().statusCode(200);
        as("case-officer-2").get(CASES).then().statusCode(200).body("items.id", hasItem(id.toString()));
    }

    @Test
    void officersCannotAssignCases() {
        UUID id = aTravelBanIn("TD").reportedBy("case-officer");

        as("case-officer").contentType(ContentType.JSON).body(Map.of("officer", "case-officer-2"))
                .post(CASES + "/" + id + "/assignments")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void otherRolesAndAnonymousCallersAreRefused() {
        UUID id = aTravelBanIn("TD").reportedBy("case-officer");

        for (String user : List.of("dgc-officer", "cso-rep", "dashboard", "admin")) {
            as(user).get(CASES + "/" + id).then().statusCode(403).contentType(PROBLEM)
                    .body("type", equalTo("https://civicspace.org/problems/forbidden"));
        }
        io.restassured.RestAssured.given().get(CASES + "/" + id).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void refusesMassAssignmentNamingTheField() {
        Map<String, Object> report = aTravelBanIn("TD").officerReport();
        report.put("status", "closed");

        as("case-officer").contentType(ContentType.JSON).body(report).post(CASES)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("status"))
                .body("violations[0].message", equalTo("is not a known field"));
    }

    @Test
    void refusesAReportWithoutConsentToDocument() {
        as("case-officer").contentType(ContentType.JSON).body(aTravelBanIn("TD").withoutConsentToDocument()
                .officerReport()).post(CASES)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("consent.scopes"))
                .body("violations[0].message", containsString("document"));
    }

    @Test
    void detectsTheSamePersonThroughTheBlindIndexWithoutStoringTheName() {
        CaseFixture first = aTravelBanIn("TD");
        UUID firstId = first.reportedBy("case-officer");

        var created = as("case-officer").contentType(ContentType.JSON)
                .body(aTravelBanIn("TD").aboutTheSamePersonAs(first).officerReport()).post(CASES)
                .then().statusCode(201).body("possibleDuplicate", equalTo(true)).extract();
        UUID secondId = UUID.fromString(created.path("id"));

        as("case-officer").get(CASES + "/" + secondId + "/possible-duplicates")
                .then().statusCode(200).body("items.caseId", hasItem(firstId.toString()));
        as("case-officer").contentType(ContentType.JSON).body(aTravelBanIn("TD").officerReport()).post(CASES)
                .then().statusCode(201).body("possibleDuplicate", equalTo(false));
    }
}
