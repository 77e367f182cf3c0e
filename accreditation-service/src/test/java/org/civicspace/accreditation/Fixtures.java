package org.civicspace.accreditation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.accreditation.registry.persistence.OrganizationRecord;
import org.civicspace.accreditation.registry.persistence.RepresentativeRecord;
import org.civicspace.testing.Pages;
import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicWriter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The situations tests set up, named: an organisation the registry knows, its representatives, an application
 * walked to a given state, a committee session. Registry facts arrive the way they do in production, as registry
 * events on Kafka.
 */
public final class Fixtures {

    public static final String API = "/api/v1/accreditation";
    public static final String APPLICATIONS = API + "/applications";
    public static final String PROBLEM = "application/problem+json";
    public static final UUID CSO_REP_ORGANIZATION = UUID.fromString("7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d");
    /** The organisation the test realm's cso-rep-2 represents. */
    public static final UUID CSO_REP_2_ORGANIZATION = UUID.fromString("3e8b1d4f-9a2c-4e7b-8f5d-1c6a9e2b4d7f");
    public static final List<String> MEMBER_STATES = List.of("CU", "IN", "US", "ZA");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private Fixtures() {
    }

    /** An active organisation in the registry's read model. */
    public static UUID anActiveOrganization(String country, String type, String... themes) {
        return organization(UUID.randomUUID(), country, type, "active", themes);
    }

    public static UUID organization(UUID id, String country, String type, String status, String... themes) {
        String json = """
                {"organizationId":"%s","identifier":"XM-CIVICSPACE-T%s","legalName":"Test organisation %s",
                 "acronym":null,"type":"%s","headquartersCountry":"%s","countriesOfOperation":["%s"],
                 "themes":[%s],"status":"%s","parentId":null,"version":%d,"occurredAt":"%s"}"""
                .formatted(id, System.nanoTime(), id, type, country, country,
                        String.join(",", List.of(themes).stream().map(t -> "\"" + t + "\"").toList()), status,
                        System.nanoTime(), Instant.now());
        try (TopicWriter writer = new TopicWriter("registry-service")) {
            writer.sendCloudEvent("registry.organizations", id.toString(), UUID.randomUUID().toString(),
                    "/civicspace/registry", "org.civicspace.registry.organization.registered.v1", json);
        }
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            OrganizationRecord organization = OrganizationRecord.findById(id);
            return organization != null && organization.status.equals(status);
        }));
        return id;
    }

    /** A current representative of the organisation, born on {@code dateOfBirth}. */
    public static UUID aRepresentative(UUID organizationId, LocalDate dateOfBirth) {
        UUID id = UUID.randomUUID();
        String json = """
                {"representativeId":"%s","organizationId":"%s","dateOfBirth":"%s","startDate":"2020-01-01",
                 "endDate":null,"occurredAt":"%s"}""".formatted(id, organizationId, dateOfBirth, Instant.now());
        try (TopicWriter writer = new TopicWriter("registry-service")) {
            writer.sendCloudEvent("registry.representatives", id.toString(), UUID.randomUUID().toString(),
                    "/civicspace/registry", "org.civicspace.registry.representative.added.v1", json);
        }
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> RepresentativeRecord.findById(id) != null));
        return id;
    }

    public static Map<String, Object> declarations() {
        Map<String, Object> declarations = new LinkedHashMap<>();
        declarations.put("legallyRegisteredOn", "2015-03-01");
        declarations.put("nonProfit", true);
        declarations.put("democraticGovernance", true);
        declarations.put("commitsToUnCharterAndSdgs", true);
        declarations.put("website", "https://example.org");
        declarations.put("publications", List.of("Annual report 2025"));
        declarations.put("socialMedia", List.of("https://social.example/@org"));
        declarations.put("audience", 25000);
        return declarations;
    }

    public static Map<String, Object> newApplication(UUID organizationId, String track, String category) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organizationId", organizationId.toString());
        body.put("track", track);
        if (category != null) {
            body.put("requestedCategory", category);
        }
        body.put("declarations", declarations());
        return body;
    }

    /** A draft, started by DGC staff on the organisation's behalf. */
    public static String aDraft(UUID organizationId, String track, String category) {
        return given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(newApplication(organizationId, track, category))
                .post(APPLICATIONS).then().statusCode(201).extract().path("id");
    }

    public static UUID aSession(String track) {
        LocalDate start = LocalDate.now().plusDays(1);
        return UUID.fromString(given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(Map.of("track", track, "name", "Test session " + System.nanoTime(), "startsOn", start.toString(),
                        "endsOn", start.plusDays(4).toString(), "memberStates", MEMBER_STATES))
                .post(API + "/sessions").then().statusCode(201).extract().<String>path("id"));
    }

    /** Takes a step of the workflow as {@code user}. */
    public static ValidatableResponse step(String user, String application, String step, Object body) {
        var request = given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.post(APPLICATIONS + "/" + application + "/" + step).then();
    }

    /** An application before the committee in a new session; returns the application id. */
    public static String beforeTheCommittee(UUID organizationId, String track, String category, UUID session) {
        String id = aDraft(organizationId, track, category);
        step("dgc-officer", id, "submission", null).statusCode(200);
        step("dgc-officer", id, "screening", null).statusCode(200);
        step("dgc-officer", id, "agenda", Map.of("sessionId", session.toString())).statusCode(200);
        return id;
    }

    /** Walks a DGC application to a grant; returns the application id. */
    public static String grantedDgc(UUID organizationId) {
        String id = beforeTheCommittee(organizationId, "dgc", null, aSession("dgc"));
        step("dgc-officer", id, "recommendation", Map.of("reason", "meets every requirement")).statusCode(200);
        step("dgc-officer", id, "decision", Map.of("outcome", "granted", "reasons", "associated")).statusCode(200);
        return id;
    }

    /** Walks an ECOSOC application in {@code category} to a grant. */
    public static String grantedEcosoc(UUID organizationId, String category) {
        String id = beforeTheCommittee(organizationId, "ecosoc", category, aSession("ecosoc"));
        step("dgc-officer", id, "recommendation", Map.of("category", category)).statusCode(200);
        step("dgc-officer", id, "decision", Map.of("outcome", "granted", "reasons", "recommended by the committee"))
                .statusCode(200);
        return id;
    }

    /**
     * Reads a list page by page, {@code limit} at a time, following next, as {@code user} (anonymous when null),
     * checking that no page is longer than asked; returns every item in the order read.
     */
    public static List<Map<String, Object>> readAll(String user, String list, Map<String, ?> filters, int limit) {
        return Pages.all(() -> (user == null ? given() : given().auth().oauth2(Tokens.user(user))).queryParams(filters),
                list, limit);
    }

    public static String accreditationOf(UUID organizationId, String track) {
        return given().queryParam("organization", organizationId.toString()).queryParam("track", track)
                .queryParam("status", "active").get(API + "/accreditations")
                .then().statusCode(200).extract().path("items[0].id");
    }

    /** A cursor that is not one of the list's, or more than 100 a page: 400 problems, the cursor named. */
    public static void refusesACursorItDidNotIssueAndALimitAboveOneHundred(String user, String list) {
        var request = user == null ? given() : given().auth().oauth2(Tokens.user(user));
        request.queryParam("cursor", "bm90LWEtY3Vyc29y").get(list).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("cursor"));
        request = user == null ? given() : given().auth().oauth2(Tokens.user(user));
        request.queryParam("limit", 101).get(list).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("limit"));
    }
}
