package org.civicspace.reprisals.consent.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CASES;
import static org.civicspace.reprisals.casefile.api.CaseFixture.PROBLEM;
import static org.civicspace.reprisals.casefile.api.CaseFixture.aTravelBanIn;
import static org.civicspace.reprisals.casefile.api.CaseFixture.as;
import static org.civicspace.reprisals.casefile.api.CaseFixture.etagOf;
import static org.civicspace.reprisals.consent.api.Consents.consentsOf;
import static org.civicspace.reprisals.consent.api.Consents.recordConsent;
import static org.civicspace.reprisals.consent.api.Consents.victimOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.civicspace.reprisals.RawDatabase;
import org.civicspace.reprisals.casefile.api.CaseFixture;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Act only on informed consent: disclosing actions are refused without it, and withdrawal counts at once. */
@QuarkusTest
class ConsentTest {

    @Inject
    RawDatabase database;

    @Test
    void refusesToRaiseACaseWithTheStateWithoutConsentNamingTheScope() {
        UUID id = aTravelBanIn("ER").reportedBy("case-officer");
        String victimId = victimOf(id);

        as("case-officer").contentType(ContentType.JSON).body(Map.of("type", "raise-with-state"))
                .post(CASES + "/" + id + "/measures")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/consent-required"))
                .body("missingScope", equalTo("raise-with-state"))
                .body("victimIds", contains(victimId));
        assertThat(database.count("SELECT count(*) FROM protective_measure WHERE case_id = ?", id)).isZero();
    }

    @Test
    void allowsTheInterventionOnceConsentIsRecorded() {
        UUID id = aTravelBanIn("ER").reportedBy("case-officer");
        recordConsent(id, victimOf(id), "document", "raise-with-state");

        as("case-officer").contentType(ContentType.JSON).body(Map.of("type", "urgent-appeal"))
                .post(CASES + "/" + id + "/measures")
                .then().statusCode(201).body("status", equalTo("planned"));
    }

    @Test
    void withdrawalTakesEffectAtOnce() {
        UUID id = aTravelBanIn("ER").reportedBy("case-officer");
        String raiseWithState = recordConsent(id, victimOf(id), "document", "raise-with-state");
        as("case-officer").contentType(ContentType.JSON).body(Map.of("type", "raise-with-state"))
                .post(CASES + "/" + id + "/measures").then().statusCode(201);

        as("case-officer").post(CASES + "/" + id + "/consents/" + raiseWithState + "/withdrawal")
                .then().statusCode(200).body("effective", equalTo(false));

        as("case-officer").contentType(ContentType.JSON).body(Map.of("type", "urgent-appeal"))
                .post(CASES + "/" + id + "/measures")
                .then().statusCode(409).body("missingScope", equalTo("raise-with-state"));
        as("case-officer").queryParam("purpose", "risk-assessment").get(CASES + "/" + id)
                .then().statusCode(200).body("identifyingData", equalTo("shown"));
    }

    @Test
    void aCaseWhoseDataWasErasedDisclosesNothingMore() {
        UUID id = aTravelBanIn("ER").consentingTo("raise-with-state").reportedBy("case-officer");

        as("case-officer").post(CASES + "/" + id + "/consents/" + consentsOf(id).get(0) + "/withdrawal")
                .then().statusCode(200);

        as("case-officer").contentType(ContentType.JSON).body(Map.of("type", "raise-with-state"))
                .post(CASES + "/" + id + "/measures")
                .then().statusCode(409).body("missingScope", equalTo("raise-with-state"));
    }

    @Test
    void withdrawingConsentToDocumentErasesIdentifyingDataAtOnce() {
        UUID id = aTravelBanIn("ER").reportedBy("case-officer");
        String consent = consentsOf(id).get(0);

        as("case-officer").post(CASES + "/" + id + "/consents/" + consent + "/withdrawal").then().statusCode(200);

        as("case-officer").queryParam("purpose", "risk-assessment").get(CASES + "/" + id)
                .then().statusCode(200)
                .body("identifyingData", equalTo("erased"))
                .body("dossier", nullValue())
                .body("victims[0].erased", equalTo(true));
        assertThat(database.text("SELECT wrapped_data_key FROM reprisal_case WHERE id = ?", id)).isNull();
        assertThat(database.text("SELECT sealed_dossier FROM reprisal_case WHERE id = ?", id)).isNull();
        assertThat(database.count("SELECT count(*) FROM case_victim WHERE case_id = ? AND sealed IS NOT NULL", id))
                .isZero();
        assertThat(database.count("SELECT count(*) FROM victim_blind_index WHERE case_id = ?", id)).isZero();
        assertThat(database.count("SELECT count(*) FROM reprisal_case WHERE id = ?", id)).isEqualTo(1);
    }

    @Test
    void includesInTheAnnualReportOnlyAsConsented() {
        UUID id = aTravelBanIn("ER").consentingTo("sg-report-anonymous").reportedBy("case-officer");

        as("case-officer").contentType(ContentType.JSON).body(Map.of("named", true))
                .post(CASES + "/" + id + "/annual-report")
                .then().statusCode(409).body("missingScope", equalTo("sg-report-named"));
        String etag = as("case-officer").contentType(ContentType.JSON).body(Map.of("named", false))
                .post(CASES + "/" + id + "/annual-report")
                .then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo(etagOf(id, "case-officer"));
    }

    @Test
    void sharingWithASecondOfficerNeedsConsentToShareWithinOhchr() {
        UUID id = aTravelBanIn("ER").reportedBy("case-officer");

        as("case-supervisor").contentType(ContentType.JSON).body(Map.of("officer", "case-officer-2"))
                .post(CASES + "/" + id + "/assignments")
                .then().statusCode(409).body("missingScope", equalTo("share-within-ohchr"));
        as("case-officer-2").get(CASES + "/" + id).then().statusCode(404);
    }
}
