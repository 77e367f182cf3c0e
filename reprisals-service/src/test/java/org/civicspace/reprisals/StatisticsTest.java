package org.civicspace.reprisals;

import static org.civicspace.reprisals.CaseFixture.PROBLEM;
import static org.civicspace.reprisals.CaseFixture.aTravelBanIn;
import static org.civicspace.reprisals.CaseFixture.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Counts by country, year, act type and mechanism, where no cell below five is ever shown. */
@QuarkusTest
class StatisticsTest {

    static final String STATISTICS = "/api/v1/reprisals/statistics";

    @Test
    void suppressesACellOfFourAndShowsACellOfFive() {
        for (int i = 0; i < 4; i++) {
            aTravelBanIn("TV").reportedBy("case-officer");
        }
        for (int i = 0; i < 5; i++) {
            aTravelBanIn("NR").reportedBy("case-officer");
        }

        as("dashboard").queryParam("by", "COUNTRY").get(STATISTICS)
                .then().statusCode(200)
                .body("find { it.key.COUNTRY == 'TV' }.suppressed", equalTo(true))
                .body("find { it.key.COUNTRY == 'TV' }.count", nullValue())
                .body("find { it.key.COUNTRY == 'NR' }.suppressed", equalTo(false))
                .body("find { it.key.COUNTRY == 'NR' }.count", equalTo(5));
    }

    @Test
    void breaksDownByTwoDimensions() {
        as("case-supervisor").queryParam("by", "COUNTRY").queryParam("by", "ACT_TYPE").get(STATISTICS)
                .then().statusCode(200)
                .body("findAll { it.count != null && it.count < 5 }.size()", equalTo(0));
    }

    @Test
    void refusesUnknownDimensionsAndOtherRoles() {
        as("dashboard").queryParam("by", "NAME").get(STATISTICS).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("by"));
        as("cso-rep").queryParam("by", "COUNTRY").get(STATISTICS).then().statusCode(403);
    }
}
