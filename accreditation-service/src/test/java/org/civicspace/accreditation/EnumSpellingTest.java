package org.civicspace.accreditation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.accreditation.Fixtures.API;
import static org.civicspace.accreditation.Fixtures.APPLICATIONS;
import static org.civicspace.accreditation.Fixtures.PROBLEM;
import static org.civicspace.accreditation.Fixtures.newApplication;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every state, status, kind, track and category has one spelling, the lower-case wire code ({@code dgc},
 * {@code main-representative}, {@code new-york}), in parameters, bodies and answers alike; the document lists the
 * values as enums, and any other spelling is a 400 problem naming the parameter or field.
 */
@QuarkusTest
class EnumSpellingTest {

    @Test
    void refusesAnotherSpellingOfAQueryValueNamingTheParameterAndItsValues() {
        record Query(String path, String parameter, String value, String allowed) {
        }
        List<Query> queries = List.of(
                new Query(API + "/accreditations", "track", "DGC", "dgc, ecosoc"),
                new Query(API + "/accreditations", "status", "Active", "active, suspended, withdrawn"),
                new Query(API + "/sessions", "track", "ECOSOC", "dgc, ecosoc"),
                new Query(API + "/statistics", "track", "Dgc", "dgc, ecosoc"),
                new Query(API + "/statistics.csv", "track", "DGC", "dgc, ecosoc"),
                new Query(APPLICATIONS, "state", "BEFORE_COMMITTEE", "draft, submitted, screening, "
                        + "clarification-requested, before-committee, questions-raised, deferred, recommended, "
                        + "granted, rejected, reconsideration-requested, withdrawn"));
        for (Query query : queries) {
            given().auth().oauth2(Tokens.user("dgc-officer")).queryParam(query.parameter(), query.value())
                    .get(query.path()).then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("https://civicspace.org/problems/validation"))
                    .body("violations[0].field", equalTo(query.parameter()))
                    .body("violations[0].message", equalTo("must be one of: " + query.allowed()));
        }
        given().queryParam("track", "dgc").queryParam("status", "active").get(API + "/accreditations").then()
                .statusCode(200).body("items.track", everyItem(equalTo("dgc")))
                .body("items.status", everyItem(equalTo("active")));
        given().auth().oauth2(Tokens.user("dgc-officer")).queryParam("state", "before-committee").get(APPLICATIONS)
                .then().statusCode(200).body("items.state", everyItem(equalTo("before-committee")));
    }

    @Test
    void refusesAnotherSpellingInABodyNamingTheField() {
        UUID organization = UUID.randomUUID();
        Map<String, Object> upperCaseTrack = newApplication(organization, "dgc", null);
        upperCaseTrack.put("track", "DGC");
        refused("POST", APPLICATIONS, upperCaseTrack, "track");
        Map<String, Object> constantName = newApplication(organization, "ecosoc", null);
        constantName.put("requestedCategory", "SPECIAL");
        refused("POST", APPLICATIONS, constantName, "requestedCategory");
        refused("POST", APPLICATIONS + "/" + UUID.randomUUID() + "/decision",
                Map.of("outcome", "GRANTED", "reasons", "meets every requirement"), "outcome");
        refused("POST", APPLICATIONS + "/" + UUID.randomUUID() + "/recommendation", Map.of("category", "Special"),
                "category");
        refused("POST", API + "/sessions", Map.of("track", "Dgc", "name", "A sitting",
                "startsOn", LocalDate.now().plusDays(1).toString(), "endsOn", LocalDate.now().plusDays(2).toString(),
                "memberStates", List.of("CU")), "track");
        refused("POST", API + "/organizations/" + organization + "/designations", Map.of("track", "dgc",
                "representativeId", UUID.randomUUID().toString(), "year", LocalDate.now().getYear(),
                "kind", "MAIN_REPRESENTATIVE"), "kind");
        refused("POST", API + "/organizations/" + organization + "/designations", Map.of("track", "ecosoc",
                "representativeId", UUID.randomUUID().toString(), "year", LocalDate.now().getYear(),
                "dutyStation", "New York", "kind", "head"), "dutyStation");
    }

    @Test
    void documentsEveryStateStatusKindTrackAndCategoryAsAnEnumOfItsWireCodes() {
        var document = given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200);
        Map<String, List<String>> enums = Map.of(
                "Track", List.of("dgc", "ecosoc"),
                "EcosocCategory", List.of("general", "special", "roster"),
                "DutyStation", List.of("new-york", "geneva", "vienna"),
                "PassKind", List.of("regular", "youth", "head", "main-representative", "additional-representative"),
                "AccreditationStatus", List.of("active", "suspended", "withdrawn"),
                "DesignationStatus", List.of("issued", "revoked"),
                "DecisionOutcome", List.of("granted", "rejected"),
                "QuestionKind", List.of("committee", "clarification"),
                "StatisticsTrack", List.of("dgc", "ecosoc", "all"));
        enums.forEach((schema, values) -> document.body("components.schemas." + schema + ".enum", equalTo(values)));
        document.body("components.schemas.ApplicationState.enum", hasItem("reconsideration-requested"))
                .body("paths.'/api/v1/accreditation/accreditations'.get.parameters.find { it.name == 'track' }"
                        + ".schema.'$ref'", equalTo("#/components/schemas/Track"))
                .body("paths.'/api/v1/accreditation/applications'.get.parameters.find { it.name == 'state' }"
                        + ".schema.'$ref'", equalTo("#/components/schemas/ApplicationState"));
        // no enumeration is left written as a pattern
        assertThat(document.extract().asString()).doesNotContain("dgc|ecosoc").doesNotContain("granted|").doesNotContain("new-york|")
                .doesNotContain("general|");
    }

    private static void refused(String method, String path, Map<String, Object> body, String field) {
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON).body(body)
                .request(method, path).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/validation"))
                .body("violations[0].field", equalTo(field));
    }
}
