package org.civicspace.reprisals.statistics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.reprisals.casefile.api.CaseFixture.PROBLEM;
import static org.civicspace.reprisals.casefile.api.CaseFixture.aTravelBanIn;
import static org.civicspace.reprisals.casefile.api.CaseFixture.as;
import static org.hamcrest.Matchers.equalTo;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.civicspace.reprisals.RawDatabase;
import org.civicspace.reprisals.casefile.api.CaseFixture;

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
        reportIn(year, "TV", "travel-ban-or-visa-denial", 5);
        reportIn(year, "TV", "surveillance", 2);

        JsonPath byCountry = published(year, "country");
        JsonPath byCountryAndAct = published(year, "country", "act-type");

        assertThat(count(byCountry, "country == 'TV'")).isEqualTo(5);
        assertThat(count(byCountryAndAct, "country == 'TV' && it.key.'act-type' == 'travel-ban-or-visa-denial'"))
                .isEqualTo(5);
        assertThat(byCountryAndAct.getList("cells.key.'act-type'")).doesNotContain("surveillance");
        assertThat(byCountryAndAct.getList("dimensions")).containsExactly("country", "act-type");
        assertThat(database.text("SELECT cells FROM published_statistics WHERE year = ? AND dimensions = ?", year,
                "COUNTRY,ACT_TYPE")).contains("\"ACT_TYPE\":\"TRAVEL_BAN_OR_VISA_DENIAL\"");
        assertThat(byCountry.getLong("total")).isEqualTo(5);
    }

    @Test
    void aSmallCellIsLeftOutWithItsKey() {
        int year = 2012;
        reportIn(year, "NR", "travel-ban-or-visa-denial", 6);
        reportIn(year, "KE", "travel-ban-or-visa-denial", 4);

        JsonPath table = published(year, "country");

        assertThat(table.getList("cells.key.country")).containsExactly("NR");
        assertThat(count(table, "country == 'NR'")).isEqualTo(5);
        assertThat(table.getLong("total")).isEqualTo(10);
        assertThat(table.getInt("roundedDownTo")).isEqualTo(5);
    }

    @Test
    void aPublishedYearGivesTheSameFiguresToEveryLaterPoll() {
        int year = 2013;
        reportIn(year, "SD", "travel-ban-or-visa-denial", 5);
        String first = as("dashboard").queryParam("year", year).queryParam("by", "country").get(STATISTICS)
                .then().statusCode(200).extract().asString();

        reportIn(year, "SD", "travel-ban-or-visa-denial", 5);

        assertThat(as("dashboard").queryParam("year", year).queryParam("by", "country").get(STATISTICS)
                .then().statusCode(200).extract().asString()).isEqualTo(first);
    }

    @Test
    void theCurrentYearIsNotPublishedUntilItEnds() {
        as("dashboard").queryParam("year", Year.now().getValue()).queryParam("by", "country").get(STATISTICS)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/statistics-not-published"));
    }

    @Test
    void anOfficersCaseloadCountsOnlyTheCasesTheyMaySee() {
        aTravelBanIn("QZ").reportedBy("case-officer");

        List<Map<String, Object>> mine = caseload("case-officer");
        List<Map<String, Object>> theirs = caseload("case-officer-2");

        assertThat(mine).anySatisfy(cell -> assertThat(cell.get("key")).isEqualTo(Map.of("country", "QZ")));
        assertThat(theirs).noneSatisfy(cell -> assertThat(cell.get("key")).isEqualTo(Map.of("country", "QZ")));
        as("dashboard").queryParam("by", "country").get(STATISTICS + "/caseload").then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void refusesUnknownDimensionsAMissingYearAndOtherRoles() {
        as("dashboard").queryParam("year", 2012).queryParam("by", "name").get(STATISTICS)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("by"));
        as("dashboard").queryParam("year", 2012).queryParam("by", "year").get(STATISTICS)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("by"));
        as("dashboard").queryParam("by", "country").get(STATISTICS).then().statusCode(400).contentType(PROBLEM);
        as("cso-rep").queryParam("year", 2012).queryParam("by", "country").get(STATISTICS).then().statusCode(403);
    }

    @Test
    void refusesADimensionSpelledTheOldWayNamingTheParameterAndTheValues() {
        as("case-officer").queryParam("by", "ACT_TYPE").get(STATISTICS + "/caseload")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/validation"))
                .body("violations[0].field", equalTo("by"))
                .body("violations[0].message", equalTo("must be one of: country, act-type, un-mechanism, year"));
    }

    @Test
    void aTablePublishedBeforeTheWireSpellingChangedReadsInTheNewSpelling() {
        int year = 2009;
        database.execute("""
                INSERT INTO published_statistics (year, dimensions, published_at, total, cells)
                VALUES (%d, 'COUNTRY,ACT_TYPE', now(), 15,
                        '[{"key":{"COUNTRY":"TV","ACT_TYPE":"TRAVEL_BAN_OR_VISA_DENIAL"},"count":15}]')
                ON CONFLICT DO NOTHING""".formatted(year));

        JsonPath table = published(year, "act-type", "country");

        assertThat(table.getList("dimensions")).containsExactly("country", "act-type");
        assertThat(count(table, "country == 'TV' && it.key.'act-type' == 'travel-ban-or-visa-denial'"))
                .isEqualTo(15);
        assertThat(database.text("SELECT cells FROM published_statistics WHERE year = ? AND dimensions = ?", year,
                "COUNTRY,ACT_TYPE")).contains("TRAVEL_BAN_OR_VISA_DENIAL");
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
        return as(officer).queryParam("by", "country").get(STATISTICS + "/caseload").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }
}
