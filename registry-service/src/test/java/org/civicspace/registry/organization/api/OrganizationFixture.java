package org.civicspace.registry.organization.api;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.civicspace.testing.Pages;
import org.civicspace.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Named builders of organisation profiles and the calls tests make with them, so a test reads as the situation it
 * sets up: {@code OrganizationFixture.aNationalNgoIn("IN").named("Cancer Aid Society").registeredBy("dgc-officer")}.
 */
public final class OrganizationFixture {

    public static final String ORGANIZATIONS = "/api/v1/registry/organizations";
    public static final UUID CSO_REP_ORGANIZATION = UUID.fromString("7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d");
    public static final UUID CSO_REP_2_ORGANIZATION = UUID.fromString("3e8b1d4f-9a2c-4e7b-8f5d-1c6a9e2b4d7f");

    private final Map<String, Object> profile = new LinkedHashMap<>();

    private OrganizationFixture(String type, String country) {
        profile.put("legalName", "Test Organisation " + UUID.randomUUID());
        profile.put("type", type);
        profile.put("headquartersCountry", country);
        profile.put("countriesOfOperation", List.of(country));
        profile.put("themes", List.of("sdg-4"));
        profile.put("workingLanguages", List.of("en"));
        profile.put("yearFounded", 2001);
        profile.put("website", "https://example.org");
        profile.put("contact", Map.of("email", "office@example.org", "phone", "+1 212 555 0100"));
    }

    public static OrganizationFixture aNationalNgoIn(String country) {
        return new OrganizationFixture("national-ngo", country);
    }

    public static OrganizationFixture anInternationalNgoIn(String country) {
        return new OrganizationFixture("international-ngo", country);
    }

    public OrganizationFixture named(String legalName) {
        profile.put("legalName", legalName);
        return this;
    }

    public OrganizationFixture withThemes(String... themes) {
        profile.put("themes", List.of(themes));
        return this;
    }

    public OrganizationFixture withOtherName(String language, String name) {
        profile.put("otherNames", Map.of(language, name));
        return this;
    }

    public OrganizationFixture officeOf(UUID headquarters) {
        profile.put("parentId", headquarters.toString());
        return this;
    }

    public OrganizationFixture with(String field, Object value) {
        profile.put(field, value);
        return this;
    }

    public Map<String, Object> profile() {
        return new LinkedHashMap<>(profile);
    }

    /** Registers it as {@code user}, and returns its id. */
    public UUID registeredBy(String user) {
        String id = given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(profile)
                .post(ORGANIZATIONS)
                .then().statusCode(201).extract().path("organization.id");
        return UUID.fromString(id);
    }

    /** Registers it as DGC staff and activates it, so the public sees it. */
    public UUID registeredAndActive() {
        UUID id = registeredBy("dgc-officer");
        changeStatus(id, "active");
        return id;
    }

    /** The organisation of the demo user {@code cso-rep}, registered by cso-rep on first use. */
    public static UUID organizationOfCsoRep() {
        int status = given().auth().oauth2(Tokens.user("dgc-officer")).get(ORGANIZATIONS + "/" + CSO_REP_ORGANIZATION)
                .statusCode();
        if (status == 404) {
            aNationalNgoIn("US").named("Organisation of cso-rep " + UUID.randomUUID()).registeredBy("cso-rep");
        }
        return CSO_REP_ORGANIZATION;
    }

    public static String etagOf(UUID id, String user) {
        return given().auth().oauth2(Tokens.user(user)).get(ORGANIZATIONS + "/" + id).then().statusCode(200)
                .extract().header("ETag");
    }

    public static void changeStatus(UUID id, String status) {
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .header("If-Match", etagOf(id, "dgc-officer"))
                .body(Map.of("status", status, "reason", "test"))
                .post(ORGANIZATIONS + "/" + id + "/status")
                .then().statusCode(200);
    }

    /** A request as {@code user}, or as the public when {@code user} is null. */
    public static RequestSpecification as(String user) {
        return user == null ? given() : given().auth().oauth2(Tokens.user(user));
    }

    /**
     * The pages of a list, read {@code limit} at a time by following each page's next cursor, as {@code caller} (a
     * fresh request each time) sees them; each page holds at most {@code limit} items.
     */
    public static List<List<Map<String, Object>>> pages(Supplier<RequestSpecification> caller, String list,
            int limit) {
        return Pages.walk(caller, list, limit);
    }

    /** Every item of a paged list, read {@code limit} at a time, as {@code caller} sees it. */
    public static List<Map<String, Object>> allPages(Supplier<RequestSpecification> caller, String list, int limit) {
        return Pages.all(caller, list, limit);
    }

    public static List<String> list(Object... values) {
        List<String> list = new ArrayList<>();
        for (Object value : values) {
            list.add(String.valueOf(value));
        }
        return list;
    }
}
