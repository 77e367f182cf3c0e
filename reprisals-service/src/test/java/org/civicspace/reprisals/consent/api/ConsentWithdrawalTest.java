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
import static org.civicspace.testing.TopicReader.header;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.civicspace.reprisals.RawDatabase;
import org.civicspace.reprisals.casefile.api.CaseFixture;
import org.civicspace.reprisals.casefile.messaging.ReprisalEvents;
import org.civicspace.testing.EventSchemas;
import org.civicspace.testing.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Consent is checked when it matters: withdrawing a scope stops, at once and audited, everything that rested on it,
 * not only the actions started afterwards.
 */
@QuarkusTest
class ConsentWithdrawalTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String AUDIT = "/api/v1/reprisals/audit";

    @Inject
    RawDatabase database;

    @Test
    void aPlannedMeasureCannotMoveOnOnceTheScopeItNeedsIsWithdrawn() {
        UUID id = aTravelBanIn("KH").reportedBy("case-officer");
        String raise = recordConsent(id, victimOf(id), "raise-with-state");
        String measure = as("case-officer").contentType(ContentType.JSON).body(Map.of("type", "raise-with-state"))
                .post(CASES + "/" + id + "/measures").then().statusCode(201).extract().path("id");

        withdraw(id, raise);

        moveMeasure(id, measure, "in-progress")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/consent-required"))
                .body("missingScope", equalTo("raise-with-state"));
        assertThat(database.text("SELECT status FROM protective_measure WHERE id = ?", UUID.fromString(measure)))
                .isEqualTo("PLANNED");
        moveMeasure(id, measure, "cancelled").then().statusCode(200).body("status", equalTo("cancelled"));
    }

    @Test
    void namingInTheAnnualReportFallsBackToAnonymousAndThenOut() {
        UUID id = aTravelBanIn("KH").reportedBy("case-officer");
        String victim = victimOf(id);
        String named = recordConsent(id, victim, "sg-report-named");
        String anonymous = recordConsent(id, victim, "sg-report-anonymous");
        as("case-officer").contentType(ContentType.JSON).body(Map.of("named", true))
                .post(CASES + "/" + id + "/annual-report").then().statusCode(200);

        withdraw(id, named);
        as("case-officer").get(CASES + "/" + id).then().statusCode(200).body("annualReport", equalTo("anonymous"));

        withdraw(id, anonymous);
        as("case-officer").get(CASES + "/" + id).then().statusCode(200).body("annualReport", nullValue());
        assertThat(auditOutcomes(id, "annual-report-inclusion"))
                .contains("CONSENT_WITHDRAWN:ANONYMOUS", "CONSENT_WITHDRAWN:NONE");
    }

    @Test
    void anOfficerWhoHadTheCaseOnlyThroughSharingLosesIt() {
        UUID id = aTravelBanIn("KH").reportedBy("case-officer");
        String sharing = recordConsent(id, victimOf(id), "share-within-ohchr");
        as("case-supervisor").contentType(ContentType.JSON).body(Map.of("officer", "case-officer-2"))
                .post(CASES + "/" + id + "/assignments").then().statusCode(200);
        as("case-officer-2").get(CASES + "/" + id).then().statusCode(200);

        withdraw(id, sharing);

        as("case-officer-2").get(CASES + "/" + id).then().statusCode(404).contentType(PROBLEM);
        as("case-officer").get(CASES + "/" + id).then().statusCode(200);
        assertThat(auditOutcomes(id, "officer-unassigned")).containsExactly("SHARE_WITHIN_OHCHR withdrawn:case-officer-2");
    }

    @Test
    void aProtectionFlagIsLiftedWhenConsentToShareWithUnEntitiesIsWithdrawn() {
        UUID registryId = UUID.randomUUID();
        try (TopicReader flags = new TopicReader(ReprisalEvents.PROTECTION_FLAGS_TOPIC)) {
            UUID id = aTravelBanIn("KH").withPerson(registryId).reportedBy("case-officer");
            String victim = victimLinkedTo(id, registryId);
            String sharing = recordConsent(id, victim, "share-with-un-entities");
            flag(id, victim);

            withdraw(id, sharing);

            assertLifted(flags, registryId);
        }
    }

    @Test
    void withdrawingConsentToDocumentLiftsTheFlagBeforeErasingTheRegistryId() {
        UUID registryId = UUID.randomUUID();
        try (TopicReader flags = new TopicReader(ReprisalEvents.PROTECTION_FLAGS_TOPIC)) {
            UUID id = aTravelBanIn("KH").withPerson(registryId).consentingTo("share-with-un-entities")
                    .reportedBy("case-officer");
            flag(id, victimLinkedTo(id, registryId));

            for (String consent : consentsOf(id)) {
                withdraw(id, consent);
            }

            assertLifted(flags, registryId);
            as("case-officer").queryParam("purpose", "risk-assessment").get(CASES + "/" + id)
                    .then().statusCode(200).body("identifyingData", equalTo("erased"));
        }
    }

    @Test
    void closingACaseLiftsItsFlags() {
        UUID registryId = UUID.randomUUID();
        try (TopicReader flags = new TopicReader(ReprisalEvents.PROTECTION_FLAGS_TOPIC)) {
            UUID id = aTravelBanIn("KH").withPerson(registryId).consentingTo("share-with-un-entities")
                    .reportedBy("case-officer");
            flag(id, victimLinkedTo(id, registryId));

            as("case-officer").header("If-Match", etagOf(id, "case-officer")).contentType(ContentType.JSON)
                    .body(Map.of("status", "closed")).post(CASES + "/" + id + "/status").then().statusCode(200);

            assertLifted(flags, registryId);
        }
    }

    @Test
    void aNoteOnAnErasedCaseIsRefusedWithAConflictProblem() {
        UUID id = aTravelBanIn("KH").reportedBy("case-officer");
        withdraw(id, consentsOf(id).get(0));

        as("case-officer").contentType(ContentType.JSON).body(Map.of("text", "Called back."))
                .post(CASES + "/" + id + "/notes")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/conflict"))
                .body("detail", equalTo("The identifying data of this case was erased, so nothing more can be "
                        + "recorded in it."));
        assertThat(database.count("SELECT count(*) FROM case_note WHERE case_id = ?", id)).isZero();
    }

    private static void withdraw(UUID caseId, String consentId) {
        as("case-officer").post(CASES + "/" + caseId + "/consents/" + consentId + "/withdrawal")
                .then().statusCode(200);
    }

    private static io.restassured.response.Response moveMeasure(UUID caseId, String measure, String status) {
        return as("case-officer").header("If-Match", etagOf(caseId, "case-officer")).contentType(ContentType.JSON)
                .body(Map.of("status", status)).post(CASES + "/" + caseId + "/measures/" + measure + "/status");
    }

    private static String victimLinkedTo(UUID caseId, UUID registryId) {
        return as("case-officer").queryParam("purpose", "protection-planning").get(CASES + "/" + caseId)
                .then().statusCode(200).extract().path("victims.find { it.registryId == '" + registryId + "' }.id");
    }

    private static void flag(UUID caseId, String victim) {
        as("case-officer").post(CASES + "/" + caseId + "/victims/" + victim + "/protection-flag")
                .then().statusCode(202);
    }

    private static void assertLifted(TopicReader flags, UUID registryId) {
        var lifted = flags.await(r -> registryId.toString().equals(r.key())
                && ReprisalEvents.PROTECTION_LIFTED.name().equals(header(r, "ce_type")), 1, WAIT);
        assertThat(lifted.get(0).value()).isEqualTo("{\"registryId\":\"" + registryId + "\"}");
        assertThat(EventSchemas.violations(header(lifted.get(0), "ce_type"), lifted.get(0).value())).isEmpty();
    }

    private static java.util.List<String> auditOutcomes(UUID caseId, String action) {
        return as("case-supervisor").queryParam("caseId", caseId.toString()).queryParam("limit", 100).get(AUDIT)
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.action == '" + action + "' }.outcome", String.class);
    }
}
