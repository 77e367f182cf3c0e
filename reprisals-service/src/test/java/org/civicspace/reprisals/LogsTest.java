package org.civicspace.reprisals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CANARY;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CASES;
import static org.civicspace.reprisals.casefile.api.CaseFixture.aTravelBanIn;
import static org.civicspace.reprisals.casefile.api.CaseFixture.as;
import static org.civicspace.reprisals.casefile.api.CaseFixture.fromFreshAddress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.civicspace.reprisals.casefile.api.CaseFixture;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The service's log output (written to a file in tests, at DEBUG, with the access log) never carries the canary. */
@QuarkusTest
class LogsTest {

    static final Path LOG = Path.of("target", "reprisals-service-test.log");

    @Test
    void logsIdentifiersButNoIdentifyingDataEvenWhenRequestsFail() throws Exception {
        CaseFixture fixture = aTravelBanIn("SB");
        UUID id = fixture.reportedBy("case-officer");
        as("case-officer").queryParam("purpose", "risk-assessment").get(CASES + "/" + id).then().statusCode(200);
        as("case-officer-2").get(CASES + "/" + id).then().statusCode(404);
        Map<String, Object> invalid = fixture.officerReport();
        invalid.put("country", CANARY);
        as("case-officer").contentType(ContentType.JSON).body(invalid).post(CASES).then().statusCode(400);
        Map<String, Object> unknownField = fixture.officerReport();
        unknownField.put(CANARY, CANARY);
        as("case-officer").contentType(ContentType.JSON).body(unknownField).post(CASES).then().statusCode(400);
        fromFreshAddress().contentType(ContentType.JSON).body(fixture.secureReport())
                .post("/api/v1/reprisals/intake").then().statusCode(201);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Files.readString(LOG)).contains(id.toString()));
        String logs = Files.readString(LOG);

        assertThat(logs).contains("case " + id + " reported");
        assertThat(logs).doesNotContainIgnoringCase(CANARY);
    }
}
