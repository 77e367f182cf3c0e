package org.civicspace.registry.organization.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.registry.organization.api.OrganizationFixture.ORGANIZATIONS;
import static org.civicspace.registry.organization.api.OrganizationFixture.aNationalNgoIn;
import static org.civicspace.registry.organization.api.OrganizationFixture.anInternationalNgoIn;
import static org.civicspace.registry.organization.api.OrganizationFixture.changeStatus;
import static org.civicspace.registry.organization.api.OrganizationFixture.etagOf;
import static org.civicspace.registry.organization.api.OrganizationFixture.organizationOfCsoRep;
import static org.civicspace.testing.TopicReader.header;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.testing.EventSchemas;
import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Registering, reading, updating and changing the status of organisations, with real tokens. */
@QuarkusTest
class OrganizationLifecycleTest {

    static final String PROBLEM = "application/problem+json";
    static final String TOPIC = "registry.organizations";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void registersPendingOrganizationAndPublishesRegisteredEvent() {
        try (TopicReader topic = new TopicReader(TOPIC)) {
            String id = given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                    .body(aNationalNgoIn("IN").named("Cancer Aid Society " + UUID.randomUUID())
                            .with("identifier", Map.of("agency", "IN-MCA", "number", "U" + System.nanoTime()))
                            .profile())
                    .post(ORGANIZATIONS)
                    .then().statusCode(201)
                    .header("Location", containsString(ORGANIZATIONS + "/"))
                    .header("ETag", equalTo("\"0\""))
                    .body("organization.status", equalTo("pending"))
                    .body("organization.identifier.agency", equalTo("IN-MCA"))
                    .body("organization.contact.email", equalTo("office@example.org"))
                    .extract().path("organization.id");

            var records = topic.await(r -> id.equals(r.key()), 1, WAIT);

            assertThat(records).hasSize(1);
            assertThat(header(records.get(0), "ce_type")).isEqualTo("org.civicspace.registry.organization.registered.v1");
            assertThat(header(records.get(0), "ce_source")).isEqualTo("/civicspace/registry");
            assertThat(EventSchemas.violations(header(records.get(0), "ce_type"), records.get(0).value())).isEmpty();
            assertThat(records.get(0).value()).doesNotContain("office@example.org");
        }
    }

    @Test
    void assignsOwnIdentifierWhenTheOrganizationHasNoRegistration() {
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(aNationalNgoIn("KE").profile())
                .post(ORGANIZATIONS)
                .then().statusCode(201)
                .body("organization.identifier.agency", equalTo("XM-CIVICSPACE"))
                .body("organization.identifier.value", startsWith("XM-CIVICSPACE-"));
    }

    @Test
    void refusesSecondOrganizationWithTheSameIdentifier() {
        Map<String, String> identifier = Map.of("agency", "GB-CHC", "number", Long.toString(System.nanoTime()));
        aNationalNgoIn("GB").with("identifier", identifier).registeredBy("dgc-officer");

        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(aNationalNgoIn("GB").with("identifier", identifier).profile())
                .post(ORGANIZATIONS)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/duplicate-identifier"));
    }

    @Test
    void representativeRegistersTheOrganizationTheirAccountIsBoundTo() {
        UUID own = organizationOfCsoRep();

        given().auth().oauth2(Tokens.user("cso-rep")).get(ORGANIZATIONS + "/" + own)
                .then().statusCode(200).body("id", equalTo(own.toString()));
        given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON)
                .body(aNationalNgoIn("US").profile())
                .post(ORGANIZATIONS)
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void hidesPendingRegistrationFromThePublicButNotFromItsOwnRepresentative() {
        UUID pending = aNationalNgoIn("FR").registeredBy("dgc-officer");

        given().get(ORGANIZATIONS + "/" + pending).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.user("cso-rep-2")).get(ORGANIZATIONS + "/" + pending).then().statusCode(404);
        given().auth().oauth2(Tokens.user("dgc-officer")).get(ORGANIZATIONS + "/" + pending).then().statusCode(200);
    }

    @Test
    void showsPublicFieldsOnlyToThePublicAndEverythingToStaff() {
        UUID id = aNationalNgoIn("BR").registeredAndActive();

        given().get(ORGANIZATIONS + "/" + id)
                .then().statusCode(200)
                .body("$", not(hasKey("contact")))
                .body("$", not(hasKey("statusReason")))
                .body("legalName", notNullValue());
        given().auth().oauth2(Tokens.user("dashboard")).get(ORGANIZATIONS + "/" + id)
                .then().statusCode(200).body("$", not(hasKey("contact")));
        given().auth().oauth2(Tokens.user("dgc-officer")).get(ORGANIZATIONS + "/" + id)
                .then().statusCode(200)
                .body("contact.email", equalTo("office@example.org"))
                .body("statusReason", equalTo("test"));
    }

    @Test
    void representativeUpdatesOwnOrganizationWithIfMatch() {
        UUID own = organizationOfCsoRep();
        String etag = etagOf(own, "cso-rep");
        Map<String, Object> profile = aNationalNgoIn("US").named("Renamed " + UUID.randomUUID()).profile();

        String newEtag = given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON)
                .header("If-Match", etag).body(profile)
                .put(ORGANIZATIONS + "/" + own)
                .then().statusCode(200)
                .body("legalName", equalTo(profile.get("legalName")))
                .extract().header("ETag");

        assertThat(newEtag).isNotEqualTo(etag);
    }

    @Test
    void refusesUpdateWithStaleIfMatch() {
        UUID id = aNationalNgoIn("DE").registeredBy("dgc-officer");
        String etag = etagOf(id, "dgc-officer");
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON).header("If-Match", etag)
                .body(aNationalNgoIn("DE").profile()).put(ORGANIZATIONS + "/" + id).then().statusCode(200);

        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON).header("If-Match", etag)
                .body(aNationalNgoIn("DE").profile())
                .put(ORGANIZATIONS + "/" + id)
                .then().statusCode(412).contentType(PROBLEM)
                .body("currentETag", equalTo(etagOf(id, "dgc-officer")));
    }

    @Test
    void refusesUpdateWithoutIfMatch() {
        UUID id = aNationalNgoIn("DE").registeredBy("dgc-officer");

        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(aNationalNgoIn("DE").profile())
                .put(ORGANIZATIONS + "/" + id)
                .then().statusCode(428).contentType(PROBLEM);
    }

    @Test
    void refusesUpdateByAnotherOrganizationsRepresentative() {
        UUID own = organizationOfCsoRep();
        String before = given().auth().oauth2(Tokens.user("dgc-officer")).get(ORGANIZATIONS + "/" + own)
                .then().extract().path("legalName");

        given().auth().oauth2(Tokens.user("cso-rep-2")).contentType(ContentType.JSON)
                .header("If-Match", etagOf(own, "cso-rep"))
                .body(aNationalNgoIn("US").named("Hijacked").profile())
                .put(ORGANIZATIONS + "/" + own)
                .then().statusCode(403).contentType(PROBLEM);

        given().auth().oauth2(Tokens.user("dgc-officer")).get(ORGANIZATIONS + "/" + own)
                .then().body("legalName", equalTo(before));
    }

    @Test
    void refusesMassAssignmentOfStatusAndId() {
        UUID id = aNationalNgoIn("DE").registeredBy("dgc-officer");

        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .header("If-Match", etagOf(id, "dgc-officer"))
                .body(aNationalNgoIn("DE").with("status", "active").profile())
                .put(ORGANIZATIONS + "/" + id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("status"));
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(aNationalNgoIn("DE").with("id", UUID.randomUUID().toString()).profile())
                .post(ORGANIZATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("id"));
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(aNationalNgoIn("DE").with("accreditation", Map.of("ecosocStatus", "general")).profile())
                .post(ORGANIZATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("accreditation"));

        given().auth().oauth2(Tokens.user("dgc-officer")).get(ORGANIZATIONS + "/" + id)
                .then().body("status", equalTo("pending"));
    }

    @Test
    void namesTheFieldOfABadCountryCode() {
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(aNationalNgoIn("XX").with("countriesOfOperation", List.of("FR", "ZZ")).profile())
                .post(ORGANIZATIONS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("headquartersCountry", "countriesOfOperation[1]"));
    }

    @Test
    void namesTheFieldOfAnUnknownTheme() {
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(aNationalNgoIn("FR").withThemes("sdg-4", "sdg-99").profile())
                .post(ORGANIZATIONS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("themes[1]"));
    }

    @Test
    void refusesMalformedBody() {
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body("{\"legalName\": \"x\", \"type\": ")
                .post(ORGANIZATIONS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/malformed-body"));
    }

    @Test
    void refusesRegistrationWithoutToken() {
        given().contentType(ContentType.JSON).body(aNationalNgoIn("FR").profile())
                .post(ORGANIZATIONS)
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void activatesThroughTheLifecycleAndPublishesStatusChanged() {
        UUID id = aNationalNgoIn("SN").registeredBy("dgc-officer");
        try (TopicReader topic = new TopicReader(TOPIC)) {
            changeStatus(id, "active");

            var records = topic.await(r -> id.toString().equals(r.key())
                    && "org.civicspace.registry.organization.status-changed.v1".equals(header(r, "ce_type")), 1, WAIT);
            assertThat(records).hasSize(1);
            assertThat(records.get(0).value()).contains("\"from\":\"pending\"", "\"to\":\"active\"");
            assertThat(EventSchemas.violations(header(records.get(0), "ce_type"), records.get(0).value())).isEmpty();
        }
        given().get(ORGANIZATIONS + "/" + id).then().statusCode(200).body("status", equalTo("active"));
    }

    @Test
    void refusesIllegalStatusTransitionListingTheAllowedOnes() {
        UUID id = aNationalNgoIn("SN").registeredAndActive();

        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .header("If-Match", etagOf(id, "dgc-officer"))
                .body(Map.of("status", "pending"))
                .post(ORGANIZATIONS + "/" + id + "/status")
                .then().statusCode(409).contentType(PROBLEM)
                .body("currentState", equalTo("active"))
                .body("allowedNextStates", containsInAnyOrder("suspended", "dissolved"));
    }

    @Test
    void refusesStatusChangeByARepresentative() {
        UUID own = organizationOfCsoRep();

        given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON)
                .header("If-Match", etagOf(own, "cso-rep"))
                .body(Map.of("status", "active"))
                .post(ORGANIZATIONS + "/" + own + "/status")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void countryOfficeShowsItsHeadquartersAndItsSuspension() {
        UUID headquarters = anInternationalNgoIn("CH").registeredAndActive();
        UUID office = aNationalNgoIn("KE").officeOf(headquarters).registeredAndActive();

        given().get(ORGANIZATIONS + "/" + office)
                .then().statusCode(200)
                .body("headquarters.id", equalTo(headquarters.toString()))
                .body("headquarters.headquartersCountry", equalTo("CH"))
                .body("suspendedThroughParent", equalTo(false));

        changeStatus(headquarters, "suspended");

        given().get(ORGANIZATIONS + "/" + office)
                .then().statusCode(200)
                .body("status", equalTo("active"))
                .body("headquarters.status", equalTo("suspended"))
                .body("suspendedThroughParent", equalTo(true));
    }

    @Test
    void refusesHeadquartersThatIsNotAnInternationalNgo() {
        UUID national = aNationalNgoIn("KE").registeredBy("dgc-officer");

        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(aNationalNgoIn("UG").officeOf(national).profile())
                .post(ORGANIZATIONS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("parentId"));
    }

    @Test
    void warnsOfAPossibleDuplicateInTheSameCountry() {
        String marker = Long.toString(System.nanoTime(), 36);
        UUID first = aNationalNgoIn("IN").named("Helping Hands Welfare Society " + marker).registeredBy("dgc-officer");

        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(aNationalNgoIn("IN").named("Helping Hand Welfare Society " + marker).profile())
                .post(ORGANIZATIONS)
                .then().statusCode(201)
                .body("possibleDuplicates.id", hasItem(first.toString()));
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(aNationalNgoIn("FR").named("Helping Hand Welfare Society " + marker).profile())
                .post(ORGANIZATIONS)
                .then().statusCode(201)
                .body("possibleDuplicates.id", not(hasItem(first.toString())));
    }

    @Test
    void servesItsOpenApiDocument() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/registry/organizations"))
                .body("paths", hasKey("/api/v1/registry/organizations/{id}"))
                .body("paths.'/api/v1/registry/organizations'.post.summary", equalTo("Register an organisation"))
                .body("components.schemas.Problem", notNullValue())
                .body("info.title", equalTo("Civic Space registry API"))
                .body("paths.'/api/v1/registry/organizations/{id}'.get.responses.'404'", notNullValue())
                .body("paths.'/api/v1/registry/organizations/{id}'.delete", nullValue());
    }
}
