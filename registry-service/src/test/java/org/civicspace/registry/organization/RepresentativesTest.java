package org.civicspace.registry.organization;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.testing.TopicReader.header;
import static org.civicspace.registry.organization.OrganizationFixture.ORGANIZATIONS;
import static org.civicspace.registry.organization.OrganizationFixture.organizationOfCsoRep;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Map;

import org.civicspace.registry.organization.messaging.RegistryEvents;
import org.civicspace.testing.EventSchemas;
import org.civicspace.testing.MachineCredentials;
import org.civicspace.testing.MachineCredentials.MachineCredential;
import org.civicspace.testing.TopicReader;

import org.civicspace.testing.Tokens;
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

        given().auth().oauth2(Tokens.user("cso-rep")).get(representativesOf(own))
                .then().statusCode(200)
                .body("find { it.id == '" + id + "' }.email", equalTo("a@example.org"))
                .body("find { it.id == '" + id + "' }.dateOfBirth", equalTo("2001-05-01"));
        given().auth().oauth2(Tokens.user("dgc-officer")).get(representativesOf(own))
                .then().statusCode(200).body("id", hasItem(id));
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
        given().auth().oauth2(Tokens.user("cso-rep")).get(representativesOf(own))
                .then().body("fullName", not(hasItem("Intruder")));
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
        given().auth().oauth2(Tokens.user("cso-rep")).get(representativesOf(own))
                .then().body("fullName", not(hasItem("Machine")));
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
