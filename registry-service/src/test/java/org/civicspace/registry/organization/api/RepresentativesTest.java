package org.civicspace.registry.organization.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.testing.TopicReader.header;
import static org.civicspace.registry.organization.api.OrganizationFixture.ORGANIZATIONS;
import static org.civicspace.registry.organization.api.OrganizationFixture.aNationalNgoIn;
import static org.civicspace.registry.organization.api.OrganizationFixture.allPages;
import static org.civicspace.registry.organization.api.OrganizationFixture.as;
import static org.civicspace.registry.organization.api.OrganizationFixture.organizationOfCsoRep;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.registry.organization.messaging.RegistryEvents;
import org.civicspace.testing.EventSchemas;
import org.civicspace.testing.MachineCredentials.MachineCredential;
import org.civicspace.testing.MachineCredentials;
import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Representatives hold personal data: only their organisation and DGC staff may see or change them. */
@QuarkusTest
class RepresentativesTest {

    static final String PROBLEM = "application/problem+json";

    static String representativesOf(Object organization) {
        return ORGANIZATIONS + "/" + organization + "/representatives";
    }

    /** Every membership of the organisation, as {@code user} reads them page by page. */
    static List<Map<String, Object>> everyRepresentative(String user, Object organization) {
        return allPages(() -> as(user), representativesOf(organization), 100);
    }

    static List<Object> fullNames(List<Map<String, Object>> representatives) {
        return representatives.stream().map(r -> r.get("fullName")).toList();
    }

    @Test
    void organizationAddsAndListsItsRepresentativesWithTheirRestrictedData() {
        var own = organizationOfCsoRep();

        String id = given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON)
                .body(Map.of("fullName", "A. Example", "role", "youth-representative", "email", "a@example.org",
                        "dateOfBirth", "2001-05-01", "startDate", "2026-01-01"))
                .post(representativesOf(own))
                .then().statusCode(201)
                .body("current", equalTo(true))
                .extract().path("id");

        assertThat(everyRepresentative("cso-rep", own)).filteredOn(r -> id.equals(r.get("id"))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("email", "a@example.org")
                        .containsEntry("dateOfBirth", "2001-05-01"));
        assertThat(everyRepresentative("dgc-officer", own)).extracting(r -> r.get("id")).contains(id);
    }

    @Test
    void pagesThroughMembershipsEarliestFirstWithoutLossOrRepeat() {
        UUID organization = aNationalNgoIn("GH").named("Paged Members " + UUID.randomUUID()).registeredAndActive();
        List<Map<String, String>> added = new ArrayList<>();
        for (String start : List.of("2024-03-01", "2021-06-15", "2024-03-01", "2022-01-10", "2024-03-01")) {
            String id = given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                    .body(Map.of("fullName", "P. Paged " + start, "role", "representative", "startDate", start))
                    .post(representativesOf(organization)).then().statusCode(201).extract().path("id");
            added.add(Map.of("id", id, "startDate", start));
        }
        // earliest first, then by id: PostgreSQL orders uuids as their text does
        List<String> expected = added.stream().sorted(Comparator.<Map<String, String>, LocalDate>comparing(
                a -> LocalDate.parse(a.get("startDate"))).thenComparing(a -> a.get("id")))
                .map(a -> a.get("id")).toList();

        for (int limit : new int[] { 1, 2, 5, 100 }) {
            assertThat(allPages(() -> as("dgc-officer"), representativesOf(organization), limit))
                    .as("%d a page", limit).extracting(r -> r.get("id")).containsExactlyElementsOf(expected);
        }
        given().auth().oauth2(Tokens.user("dgc-officer")).get(representativesOf(organization)).then()
                .statusCode(200).body("items.size()", equalTo(5)).body("next", nullValue());
        given().auth().oauth2(Tokens.user("dgc-officer")).queryParam("cursor", "bm90IG91cnM")
                .get(representativesOf(organization)).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("cursor"));
        given().auth().oauth2(Tokens.user("dgc-officer")).queryParam("limit", 101)
                .get(representativesOf(organization)).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("limit"));
        given().auth().oauth2(Tokens.user("cso-rep-2")).queryParam("cursor", "bm90IG91cnM")
                .get(representativesOf(organization)).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void publishesMembershipsWithTheDateOfBirthButNoNameOrEmailOnTheRestrictedTopic() {
        var own = organizationOfCsoRep();
        try (TopicReader topic = new TopicReader(RegistryEvents.REPRESENTATIVES_TOPIC)) {
            String id = given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON)
                    .body(Map.of("fullName", "D. Minimised", "role", "youth-representative", "email", "d@example.org",
                            "dateOfBirth", "2004-03-02", "startDate", "2026-01-01"))
                    .post(representativesOf(own)).then().statusCode(201).extract().path("id");
            given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON)
                    .body(Map.of("endDate", "2026-06-30"))
                    .post(representativesOf(own) + "/" + id + "/end").then().statusCode(200);

            var records = topic.await(r -> id.equals(r.key()), 2, Duration.ofSeconds(20));

            assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(
                    RegistryEvents.REPRESENTATIVE_ADDED.name(), RegistryEvents.REPRESENTATIVE_ENDED.name());
            assertThat(records.get(1).value()).contains("\"dateOfBirth\":\"2004-03-02\"")
                    .contains("\"endDate\":\"2026-06-30\"").contains(own.toString())
                    .doesNotContain("Minimised").doesNotContain("d@example.org");
            records.forEach(r -> assertThat(EventSchemas.violations(header(r, "ce_type"), r.value())).isEmpty());
        }
    }

    @Test
    void hidesRepresentativesFromEveryoneElse() {
        var own = organizationOfCsoRep();

        given().get(representativesOf(own)).then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(Tokens.user("dashboard")).get(representativesOf(own)).then().statusCode(403);
        given().auth().oauth2(Tokens.user("cso-rep-2")).get(representativesOf(own))
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.user("cso-rep-2")).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Intruder", "role", "representative", "startDate", "2026-01-01"))
                .post(representativesOf(own))
                .then().statusCode(404);
        assertThat(fullNames(everyRepresentative("cso-rep", own))).doesNotContain("Intruder");
    }

    @Test
    void noMachineCredentialReadsOrChangesAnyonesRepresentatives() {
        var own = organizationOfCsoRep();
        for (MachineCredential client : MachineCredentials.all()) {
            String token = client.token();
            given().auth().oauth2(token).get(representativesOf(own))
                    .then().statusCode(org.hamcrest.Matchers.oneOf(401, 403)).contentType(PROBLEM);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("fullName", "Machine", "role", "representative", "startDate", "2026-01-01"))
                    .post(representativesOf(own))
                    .then().statusCode(org.hamcrest.Matchers.oneOf(401, 403)).contentType(PROBLEM);
        }
        assertThat(fullNames(everyRepresentative("cso-rep", own))).doesNotContain("Machine");
    }

    @Test
    void endsAMembership() {
        var own = organizationOfCsoRep();
        String id = given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON)
                .body(Map.of("fullName", "B. Example", "role", "representative", "startDate", "2026-01-01"))
                .post(representativesOf(own)).then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON)
                .body(Map.of("endDate", "2025-12-31"))
                .post(representativesOf(own) + "/" + id + "/end")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("endDate"));
        given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON)
                .body(Map.of("endDate", "2026-02-01"))
                .post(representativesOf(own) + "/" + id + "/end")
                .then().statusCode(200).body("endDate", equalTo("2026-02-01")).body("current", equalTo(false));
    }

    @Test
    void refusesAnUnknownRoleAndAFutureBirthDate() {
        var own = organizationOfCsoRep();

        given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON)
                .body(Map.of("fullName", "C", "role", "overlord", "startDate", "2026-01-01"))
                .post(representativesOf(own))
                .then().statusCode(400).body("violations[0].field", equalTo("role"));
        given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON)
                .body(Map.of("fullName", "C", "role", "representative", "startDate", "2026-01-01",
                        "dateOfBirth", "2999-01-01"))
                .post(representativesOf(own))
                .then().statusCode(400).body("violations[0].field", equalTo("dateOfBirth"));
    }
}
