package org.civicspace.reprisals.casefile.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CANARY;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CASES;
import static org.civicspace.reprisals.casefile.api.CaseFixture.aTravelBanIn;
import static org.civicspace.reprisals.casefile.api.CaseFixture.as;
import static org.civicspace.testing.TopicReader.header;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.civicspace.reprisals.RawDatabase;
import org.civicspace.reprisals.casefile.api.CaseFixture;
import org.civicspace.reprisals.casefile.messaging.ReprisalEvents;
import org.civicspace.reprisals.consent.api.Consents;
import org.civicspace.testing.EventSchemas;
import org.civicspace.testing.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What reaches Kafka: case facts only, protection flags only with consent, and nothing identifying, ever. */
@QuarkusTest
class PublishedEventsTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RawDatabase database;

    @Test
    void publishesTheReportedCaseWithOnlyItsFiveFacts() throws Exception {
        try (TopicReader topic = new TopicReader(ReprisalEvents.CASES_TOPIC)) {
            UUID id = aTravelBanIn("BI").reportedBy("case-officer");

            var records = topic.await(r -> id.toString().equals(r.key()), 1, WAIT);

            assertThat(records).hasSize(1);
            ConsumerRecord<String, String> record = records.get(0);
            assertThat(header(record, "ce_type")).isEqualTo("org.civicspace.reprisals.case.reported.v1");
            assertThat(header(record, "ce_source")).isEqualTo("/civicspace/reprisals");
            assertThat(EventSchemas.violations(header(record, "ce_type"), record.value())).isEmpty();
            Map<String, Object> data = JSON.readValue(record.value(), new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
            assertThat(data).containsOnlyKeys("caseId", "country", "actType", "riskLevel", "status");
            assertThat(data.get("country")).isEqualTo("BI");
            assertThat(data.get("actType")).isEqualTo("travel-ban-or-visa-denial");
        }
    }

    @Test
    void publishesTheOverdueAlertOnceNamingTheAssignedOfficersAndNothingAboutThePerson() throws Exception {
        try (TopicReader topic = new TopicReader(ReprisalEvents.CASES_TOPIC)) {
            CaseFixture report = aTravelBanIn("BI").consentingTo("share-within-ohchr").inImmediateDanger();
            UUID id = report.reportedBy("case-officer");
            as("case-supervisor").contentType(ContentType.JSON).body(Map.of("officer", "case-officer-2"))
                    .post(CASES + "/" + id + "/assignments").then().statusCode(200);
            database.backdate(id, "first_response_due_at", "1 minute");

            var records = topic.await(r -> id.toString().equals(r.key())
                    && "org.civicspace.reprisals.case.first-response-overdue.v1".equals(header(r, "ce_type")), 1, WAIT);

            assertThat(records).hasSize(1);
            assertThat(EventSchemas.violations(header(records.get(0), "ce_type"), records.get(0).value())).isEmpty();
            Map<String, Object> data = JSON.readValue(records.get(0).value(),
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
            assertThat(data).containsOnlyKeys("caseId", "country", "actType", "riskLevel", "status",
                    "assignedOfficers");
            assertThat(data).containsEntry("riskLevel", "critical")
                    .containsEntry("assignedOfficers", List.of("case-officer", "case-officer-2"));
            assertThat(records.get(0).value()).doesNotContain(report.victimName());
            assertThat(topic.drain(r -> id.toString().equals(r.key())
                    && header(r, "ce_type").endsWith("first-response-overdue.v1"), Duration.ofSeconds(3))).hasSize(1);
        }
    }

    @Test
    void publishesAProtectionFlagWithTheRegistryIdAloneOnlyWithConsent() {
        UUID registryId = UUID.randomUUID();
        try (TopicReader flags = new TopicReader(ReprisalEvents.PROTECTION_FLAGS_TOPIC)) {
            UUID id = aTravelBanIn("BI").withPerson(registryId).reportedBy("case-officer");
            String victim = as("case-officer").queryParam("purpose", "protection-planning").get(CASES + "/" + id)
                    .then().statusCode(200).extract()
                    .path("victims.find { it.registryId == '" + registryId + "' }.id");

            as("case-officer").post(CASES + "/" + id + "/victims/" + victim + "/protection-flag")
                    .then().statusCode(409).body("missingScope",
                            org.hamcrest.Matchers.equalTo("share-with-un-entities"));
            assertThat(flags.drain(r -> registryId.toString().equals(r.key()), Duration.ofSeconds(3))).isEmpty();

            Consents.recordConsent(id, victim, "document", "share-with-un-entities");
            as("case-officer").post(CASES + "/" + id + "/victims/" + victim + "/protection-flag")
                    .then().log().ifValidationFails().statusCode(202);

            var records = flags.await(r -> registryId.toString().equals(r.key()), 1, WAIT);
            assertThat(records).hasSize(1);
            assertThat(records.get(0).value()).isEqualTo("{\"registryId\":\"" + registryId + "\"}");
            assertThat(header(records.get(0), "ce_subject")).isEqualTo(registryId.toString());
            assertThat(records.get(0).value()).doesNotContain(id.toString());
            assertThat(EventSchemas.violations(header(records.get(0), "ce_type"), records.get(0).value())).isEmpty();
        }
    }

    @Test
    void noTopicCarriesTheCanary() {
        UUID id = aTravelBanIn("BI").consentingTo("share-with-un-entities").withPerson(UUID.randomUUID())
                .inImmediateDanger().reportedBy("case-officer");
        as("case-officer").contentType(ContentType.JSON).body(Map.of("text", CANARY + " note"))
                .post(CASES + "/" + id + "/notes").then().statusCode(201);
        for (String topicName : new String[] { ReprisalEvents.CASES_TOPIC, ReprisalEvents.PROTECTION_FLAGS_TOPIC }) {
            try (TopicReader topic = new TopicReader(topicName)) {
                if (topicName.equals(ReprisalEvents.CASES_TOPIC)) {
                    assertThat(topic.await(r -> id.toString().equals(r.key()), 1, WAIT)).isNotEmpty();
                }
                var all = topic.drain(r -> true, Duration.ofSeconds(3));

                assertThat(all).allSatisfy(r -> {
                    assertThat(r.value()).doesNotContainIgnoringCase(CANARY);
                    r.headers().forEach(h -> assertThat(new String(h.value())).doesNotContainIgnoringCase(CANARY));
                });
            }
        }
    }
}
