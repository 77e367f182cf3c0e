package org.civicspace.reprisals.retention.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CASES;
import static org.civicspace.reprisals.casefile.api.CaseFixture.aTravelBanIn;
import static org.civicspace.reprisals.casefile.api.CaseFixture.as;
import static org.civicspace.reprisals.casefile.api.CaseFixture.etagOf;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.civicspace.reprisals.RawDatabase;
import org.civicspace.reprisals.casefile.api.CaseFixture;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** After the retention period, a closed case's identifying data is crypto-shredded; only counts remain. */
@QuarkusTest
class RetentionTest {

    @Inject
    RawDatabase database;

    @Test
    void erasesIdentifyingDataOfCasesClosedLongerThanTheRetentionPeriod() {
        UUID id = aTravelBanIn("KI").reportedBy("case-officer");
        as("case-officer").header("If-Match", etagOf(id, "case-officer")).contentType(ContentType.JSON)
                .body(Map.of("status", "closed")).post(CASES + "/" + id + "/status").then().statusCode(200);
        UUID stillOpen = aTravelBanIn("KI").reportedBy("case-officer");
        database.backdate(id, "closed_at", "1826 days");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(database.text("SELECT erased_at FROM reprisal_case WHERE id = ?", id)).isNotNull());

        assertThat(database.text("SELECT wrapped_data_key FROM reprisal_case WHERE id = ?", id)).isNull();
        assertThat(database.text("SELECT sealed_dossier FROM reprisal_case WHERE id = ?", id)).isNull();
        assertThat(database.count("SELECT count(*) FROM case_victim WHERE case_id = ? AND sealed IS NOT NULL", id))
                .isZero();
        assertThat(database.text("SELECT erased_at FROM reprisal_case WHERE id = ?", stillOpen)).isNull();
        as("case-supervisor").queryParam("purpose", "supervisory-review").get(CASES + "/" + id)
                .then().statusCode(200).body("identifyingData", equalTo("erased")).body("country", equalTo("KI"));
        List<String> countries = as("case-supervisor").queryParam("by", "country")
                .get("/api/v1/reprisals/statistics/caseload").then().statusCode(200).extract().path("key.country");
        assertThat(countries).contains("KI");
        as("case-officer").header("If-Match", etagOf(id, "case-officer")).contentType(ContentType.JSON)
                .body(Map.of("status", "assessed")).post(CASES + "/" + id + "/status").then().statusCode(409);
    }
}
