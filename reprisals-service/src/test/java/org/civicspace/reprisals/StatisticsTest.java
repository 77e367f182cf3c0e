package org.civicspace.reprisals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.reprisals.CaseFixture.PROBLEM;
import static org.civicspace.reprisals.CaseFixture.aTravelBanIn;
import static org.civicspace.reprisals.CaseFixture.as;
import static org.hamcrest.Matchers.equalTo;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The published statistics survive combination: a year is published once, after it ended, rounded down to multiples
 * of five without its small cells; no difference between tables, and no second poll, gives back a count below five.
 * Each test uses a year of its own, since a published year never changes.
 */
@QuarkusTest
class StatisticsTest {

    static final String STATISTICS = "/api/v1/reprisals/statistics";

    @Inject
    RawDatabase database;

    @Test
    void aCountryTotalMinusItsBreakdownDoesNotGiveBackASmallCell() {
        int year = 2011;
        reportIn(year, "TV", "TRAVEL_BAN_OR_VISA_DENIAL", 5);
        reportIn(year, "TV", "SURVEILLANCE", 2);

        JsonPath byCountry = published(year, "COUNTRY");
        JsonPath byCountryAndAct = published(year, "COUNTRY", "ACT_TYPE");

        assertThat(count(byCountry, "COUNTRY == 'TV'")).isEqualTo(5);
        assertThat(count(byCountryAndAct, "COUNTRY == 'TV' && it.key.ACT_TYPE == 'TRAVEL_BAN_OR_VISA_DENIAL'"))
                .isEqualTo(5);
        assertThat(byCountryAndAct.getList("cells.key.ACT_TYPE")).doesNotContain("SURVEILLANCE");
        assertThat(byCountry.getLong("total")).isEqualTo(5);
    }

    @Test
    void aSmallCellIsLeftOutWithItsKey() {
        int year = 2012;
        reportIn(year, "NR", "TRAVEL_BAN_OR_VISA_DENIAL", 6);
        reportIn(year, "KE", "TRAVEL_BAN_OR_VISA_DENIAL", 4);

        JsonPath table = published(year, "COUNTRY");

        assertThat(table.getList("cells.key.COUNTRY")).containsExactly("NR");
        assertThat(count(table, "COUNTRY == 'NR'")).isEqualTo(5);
        assertThat(table.getLong("total")).isEqualTo(10);
        assertThat(table.getInt("roundedDownTo")).isEqualTo(5);
    }

    @Test
    void aPublishedYearGivesTheSameFiguresToEveryLaterPoll() {
        int year = 2013;
        reportIn(year, "SD", "TRAVEL_BAN_OR_VISA_DENIAL", 5);
        String first = as("dashboard").queryParam("year", year).queryParam("by", "COUNTRY").get(STATISTICS)
                .then().statusCode(200).extract().asString();

        reportIn(year, "SD", "TRAVEL_BAN_OR_VISA_DENIAL", 5);

        assertThat(as("dashboard").queryParam("year", year).queryParam("by", "COUNTRY").get(STATISTICS)
                .then().statusCode(200).extract().asString()).isEqualTo(first);
    }

    @Test
    void theCurrentYearIsNotPublishedUntilItEnds() {
        as("dashboard").queryParam("year", Year.now().getValue()).queryParam("by", "COUNTRY").get(STATISTICS)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/statistics-not-published"));
    }

    @Test
    void anOfficersCaseloadCountsOnlyTheCasesTheyMaySee() {
        aTravelBanIn("QZ").reportedBy("case-officer");

        List<Map<String, Object>> mine = caseload("case-officer");
        List<Map<String, Object>> theirs = caseload("case-officer-2");

        assertThat(mine).anySatisfy(cell -> assertThat(cell.get("key")).isEqualTo(Map.of("COUNTRY", "QZ")));
        assertThat(theirs).noneSatisfy(cell -> assertThat(cell.get("key")).isEqualTo(Map.of("COUNTRY", "QZ")));
        as("dashboard").queryParam("by", "COUNTRY").get(STATISTICS + "/caseload").then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void refusesUnknownDimensionsAMissingYearAndOtherRoles() {
        as("dashboard").queryParam("year", 2012).queryParam("by", "NAME").get(STATISTICS)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("by"));
        as("dashboard").queryParam("year", 2012).queryParam("by", "YEAR").get(STATISTICS)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("by"));
        as("dashboard").queryParam("by", "COUNTRY").get(STATISTICS).then().statusCode(400).contentType(PROBLEM);
        as("cso-rep").queryParam("year", 2012).queryParam("by", "COUNTRY").get(STATISTICS).then().statusCode(403);
    }

    private void reportIn(int year, String country, String act, int cases) {
        for (int i = 0; i < cases; i++) {
            UUID id = aTravelBanIn(country).withAct(act).reportedBy("case-officer");
            database.execute("UPDATE reprisal_case SET reported_at = make_timestamptz(" + year
                    + ", 6, 1, 12, 0, 0, 'UTC') WHERE id = '" + id + "'");
        }
    }

    private static JsonPath published(int year, String... by) {
        return as("dashboard").queryParam("year", year).queryParam("by", List.of(by)).get(STATISTICS)
                .then().statusCode(200).extract().jsonPath();
    }

    private static long count(JsonPath table, String condition) {
        return table.getLong("cells.find { it.key." + condition + " }.count");
    }

    private static List<Map<String, Object>> caseload(String officer) {
        return as(officer).queryParam("by", "COUNTRY").get(STATISTICS + "/caseload").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }
}
