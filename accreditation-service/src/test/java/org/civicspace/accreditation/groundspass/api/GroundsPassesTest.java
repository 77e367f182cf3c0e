package org.civicspace.accreditation.groundspass.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.accreditation.Fixtures.API;
import static org.civicspace.accreditation.Fixtures.PROBLEM;
import static org.civicspace.accreditation.Fixtures.aRepresentative;
import static org.civicspace.accreditation.Fixtures.accreditationOf;
import static org.civicspace.accreditation.Fixtures.anActiveOrganization;
import static org.civicspace.accreditation.Fixtures.grantedDgc;
import static org.civicspace.accreditation.Fixtures.grantedEcosoc;
import static org.civicspace.accreditation.Fixtures.readAll;
import static org.civicspace.testing.TopicReader.header;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.civicspace.accreditation.groundspass.messaging.DesignationEvents;
import org.civicspace.testing.EventSchemas;
import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Grounds pass designations: the youth rule at its edges, the quotas, and the quota under concurrency. */
@QuarkusTest
class GroundsPassesTest {

    /** Next year's passes are valid from 1 January: the day on which the youth rule measures age. */
    static final int YEAR = LocalDate.now().getYear() + 1;
    static final LocalDate VALID_FROM = LocalDate.of(YEAR, 1, 1);
    static final LocalDate ADULT = LocalDate.of(1975, 5, 5);

    static String designations(UUID organization) {
        return API + "/organizations/" + organization + "/designations";
    }

    static ValidatableResponse designate(UUID organization, UUID representative, String kind) {
        return designate(organization, representative, "dgc", kind, "new-york", "dgc-officer");
    }

    static ValidatableResponse designate(UUID organization, UUID representative, String track, String kind,
            String station, String user) {
        return designate(organization, representative, track, kind, station, user, YEAR);
    }

    static ValidatableResponse designate(UUID organization, UUID representative, String track, String kind,
            String station, String user, int year) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON)
                .body(Map.of("track", track, "representativeId", representative.toString(), "year", year,
                        "kind", kind, "dutyStation", station))
                .post(designations(organization)).then();
    }

    static UUID associated() {
        UUID organization = anActiveOrganization("US", "international-ngo", "sdg-3");
        grantedDgc(organization);
        return organization;
    }

    @ParameterizedTest(name = "aged {0} on {1}-01-01: youth pass {2}")
    @CsvSource({ "17, 422", "18, 201", "32, 201", "33, 422" })
    void givesYouthPassesOnlyToThoseAged18To32OnTheFirstDayOfValidity(int age, int status) {
        UUID organization = associated();
        // born the day after turning {age} would fall after 1 January: exactly {age} on VALID_FROM
        UUID representative = aRepresentative(organization, VALID_FROM.minusYears(age));

        ValidatableResponse response = designate(organization, representative, "youth").statusCode(status);
        if (status == 422) {
            response.contentType(PROBLEM).body("type", equalTo("https://civicspace.org/problems/pass-not-allowed"));
        } else {
            response.body("kind", equalTo("youth")).body("validFrom", equalTo(VALID_FROM.toString()))
                    .body("validTo", equalTo(YEAR + "-12-31"));
        }
    }

    @Test
    void issuesSixDgcPassesOfWhichTwoYouthThenRefuses() {
        UUID organization = associated();
        LocalDate youth = VALID_FROM.minusYears(20);
        designate(organization, aRepresentative(organization, youth), "youth").statusCode(201);
        designate(organization, aRepresentative(organization, youth), "youth").statusCode(201);

        designate(organization, aRepresentative(organization, youth), "youth").statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/pass-quota-full"));
        designate(organization, aRepresentative(organization, youth), "regular").statusCode(201);
        for (int i = 0; i < 3; i++) {
            designate(organization, aRepresentative(organization, ADULT), "regular").statusCode(201);
        }
        designate(organization, aRepresentative(organization, ADULT), "regular").statusCode(409)
                .body("detail", equalTo("all 6 DGC grounds passes of this year are taken"));
        given().auth().oauth2(Tokens.user("dgc-officer")).queryParam("year", YEAR).queryParam("limit", 100)
                .get(designations(organization)).then().statusCode(200).body("items", hasSize(6))
                .body("items.status", everyItem(equalTo("issued"))).body("items.kind", hasItem("youth"))
                .body("items.dutyStation", everyItem(equalTo("new-york")))
                .body("items.track", everyItem(equalTo("dgc")));
    }

    @Test
    void givesTheLastSeatToOneOfTwoRacingRequests() throws Exception {
        UUID organization = associated();
        for (int i = 0; i < 5; i++) {
            designate(organization, aRepresentative(organization, ADULT), "regular").statusCode(201);
        }
        UUID first = aRepresentative(organization, ADULT);
        UUID second = aRepresentative(organization, ADULT);
        String token = Tokens.user("dgc-officer");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (UUID representative : List.of(first, second)) {
                Callable<Integer> request = () -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON)
                            .body(Map.of("track", "dgc", "representativeId", representative.toString(), "year", YEAR,
                                    "kind", "regular"))
                            .post(designations(organization)).statusCode();
                };
                results.add(pool.submit(request));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }

            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(token).queryParam("year", YEAR).queryParam("limit", 100).get(designations(organization))
                .then().body("items.findAll { it.status == 'issued' }", hasSize(6));
    }

    @Test
    void freesTheSeatWhenAPassIsRevokedAndPublishesBoth() {
        UUID organization = associated();
        try (TopicReader topic = new TopicReader(DesignationEvents.DESIGNATIONS)) {
            List<String> issued = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                issued.add(designate(organization, aRepresentative(organization, ADULT), "regular").statusCode(201)
                        .extract().path("id"));
            }
            UUID waiting = aRepresentative(organization, ADULT);
            designate(organization, waiting, "regular").statusCode(409);

            given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                    .body(Map.of("reason", "left the organisation"))
                    .post(designations(organization) + "/" + issued.get(0) + "/revocation")
                    .then().statusCode(200).body("status", equalTo("revoked"));
            designate(organization, waiting, "regular").statusCode(201);

            var records = topic.await(r -> organization.toString().equals(r.key()), 8, Duration.ofSeconds(20));
            assertThat(records).extracting(r -> header(r, "ce_type"))
                    .containsOnly(DesignationEvents.DESIGNATION_ISSUED.name(),
                            DesignationEvents.DESIGNATION_REVOKED.name())
                    .filteredOn(DesignationEvents.DESIGNATION_REVOKED.name()::equals).hasSize(1);
            records.forEach(r -> assertThat(EventSchemas.violations(header(r, "ce_type"), r.value())).isEmpty());
        }
    }

    @Test
    void revokesEveryPassWhenTheAccreditationIsSuspendedAndIssuesNoneWhileSuspended() {
        UUID organization = associated();
        designate(organization, aRepresentative(organization, ADULT), "regular").statusCode(201);
        designate(organization, aRepresentative(organization, ADULT), "regular").statusCode(201);
        String accreditation = accreditationOf(organization, "dgc");

        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "misuse of grounds passes"))
                .post(API + "/accreditations/" + accreditation + "/suspension").then().statusCode(200)
                .body("status", equalTo("suspended"));

        given().auth().oauth2(Tokens.user("dgc-officer")).queryParam("limit", 100).get(designations(organization))
                .then().body("items", hasSize(2)).body("items.status", everyItem(equalTo("revoked")));
        designate(organization, aRepresentative(organization, ADULT), "regular").statusCode(409)
                .body("type", equalTo("https://civicspace.org/problems/no-active-accreditation"));
    }

    @Test
    void listsEveryPassOnceNewestYearFirstInTheOrderIssuedEvenWhenOneIsRevokedMeanwhile() {
        UUID organization = associated();
        int thisYear = LocalDate.now().getYear();
        List<String> nextYears = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            nextYears.add(designate(organization, aRepresentative(organization, ADULT), "regular").statusCode(201)
                    .extract().path("id"));
        }
        List<String> thisYears = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            thisYears.add(designate(organization, aRepresentative(organization, ADULT), "dgc", "regular", "new-york",
                    "dgc-officer", thisYear).statusCode(201).extract().path("id"));
        }

        List<Object> seen = new ArrayList<>();
        String cursor = "";
        do {
            var page = given().auth().oauth2(Tokens.user("dgc-officer")).queryParam("limit", 2)
                    .queryParam("cursor", cursor).get(designations(organization)).then().statusCode(200).extract();
            seen.addAll(page.<List<Object>>path("items.id"));
            if (cursor.isEmpty()) {
                // a pass not yet read is revoked between two pages: it keeps its place
                given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                        .body(Map.of("reason", "left the organisation"))
                        .post(designations(organization) + "/" + nextYears.get(2) + "/revocation").then()
                        .statusCode(200);
            }
            cursor = page.path("next");
        } while (cursor != null);

        List<String> expected = new ArrayList<>(nextYears);
        expected.addAll(thisYears);
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(readAll("dgc-officer", designations(organization), Map.of("year", thisYear), 1))
                .extracting(d -> d.get("id")).containsExactlyElementsOf(thisYears);
        given().auth().oauth2(Tokens.user("cso-rep")).get(designations(organization)).then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void holdsTheEcosocQuotaPerDutyStation() {
        UUID organization = anActiveOrganization("CH", "international-ngo", "human-rights");
        grantedEcosoc(organization, "special");
        designate(organization, aRepresentative(organization, ADULT), "ecosoc", "head", "geneva", "dgc-officer")
                .statusCode(201);
        designate(organization, aRepresentative(organization, ADULT), "ecosoc", "head", "geneva", "dgc-officer")
                .statusCode(409);
        designate(organization, aRepresentative(organization, ADULT), "ecosoc", "head", "vienna", "dgc-officer")
                .statusCode(201);
        designate(organization, aRepresentative(organization, ADULT), "ecosoc", "youth", "geneva", "dgc-officer")
                .statusCode(422);
    }

    @Test
    void refusesPassesToOrganizationsWithoutAccreditationAndToOtherOrganizationsRepresentatives() {
        UUID organization = anActiveOrganization("AR", "national-ngo");
        designate(organization, aRepresentative(organization, ADULT), "regular").statusCode(409)
                .body("type", equalTo("https://civicspace.org/problems/no-active-accreditation"));

        UUID associated = associated();
        designate(associated, aRepresentative(organization, ADULT), "regular").statusCode(400)
                .body("violations[0].field", equalTo("representativeId"));
        designate(associated, aRepresentative(associated, ADULT), "dgc", "regular", "new-york", "cso-rep-2")
                .statusCode(404).contentType(PROBLEM);
    }
}
