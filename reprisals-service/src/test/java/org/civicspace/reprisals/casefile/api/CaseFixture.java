package org.civicspace.reprisals.casefile.api;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Builds case reports whose every identifying field carries the {@link #CANARY}, so that tests can search the raw
 * database, the Kafka topics and the logs for it: finding it anywhere means identifying data leaked.
 */
public final class CaseFixture {

    /** Appears in every identifying field of every fixture, and nowhere else. */
    public static final String CANARY = "Qx7Canary";
    public static final String CASES = "/api/v1/reprisals/cases";
    public static final String PROBLEM = "application/problem+json";

    private final Map<String, Object> body = new HashMap<>();
    private final List<Map<String, Object>> victims = new ArrayList<>();
    private final List<String> scopes = new ArrayList<>(List.of("document"));
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private CaseFixture(String country) {
        body.put("country", country);
        body.put("acts", List.of(Map.of("type", "travel-ban-or-visa-denial", "occurredOn",
                LocalDate.now().minusDays(3).toString(), "country", country, "perpetrator", "state-authorities")));
        body.put("engagement", Map.of("mechanism", "human-rights-council", "label", CANARY + " session label " + tag));
        body.put("narrative", CANARY + " narrative " + tag);
        body.put("exactLocation", CANARY + " street " + tag);
        body.put("sources", List.of(Map.of("description", CANARY + " source " + tag, "reliability", "reliable")));
    }

    /** A travel ban reported about a person in {@code country}, consented to DOCUMENT only. */
    public static CaseFixture aTravelBanIn(String country) {
        return new CaseFixture(country).withPerson(null);
    }

    /** The act reported is of {@code type} instead of a travel ban. */
    public CaseFixture withAct(String type) {
        body.put("acts", List.of(Map.of("type", type, "occurredOn", LocalDate.now().minusDays(3).toString(),
                "country", body.get("country"), "perpetrator", "state-authorities")));
        return this;
    }

    public CaseFixture withPerson(UUID registryId) {
        Map<String, Object> victim = new HashMap<>();
        victim.put("kind", "person");
        victim.put("name", CANARY + " Person " + tag + "-" + victims.size());
        victim.put("contact", CANARY.toLowerCase() + "-" + tag + "-" + victims.size() + "@example.invalid");
        victim.put("exactLocation", CANARY + " village " + tag);
        if (registryId != null) {
            victim.put("registryId", registryId.toString());
        }
        victims.add(victim);
        return this;
    }

    /** The same person (same name and contact) as the first victim of {@code other}. */
    public CaseFixture aboutTheSamePersonAs(CaseFixture other) {
        victims.clear();
        victims.add(new HashMap<>(other.victims.get(0)));
        return this;
    }

    public CaseFixture consentingTo(String... moreScopes) {
        scopes.addAll(List.of(moreScopes));
        return this;
    }

    public CaseFixture withoutConsentToDocument() {
        scopes.remove("document");
        scopes.add("raise-with-state");
        return this;
    }

    public CaseFixture inImmediateDanger() {
        body.put("immediateDanger", true);
        return this;
    }

    public CaseFixture with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public String victimName() {
        return (String) victims.get(0).get("name");
    }

    /** The body a case officer posts. */
    public Map<String, Object> officerReport() {
        Map<String, Object> report = new HashMap<>(body);
        report.put("victims", victims);
        report.put("consent", Map.of("givenBy", "person-concerned", "channel", "encrypted-message", "scopes", scopes));
        return report;
    }

    /** The body the secure intake takes. */
    public Map<String, Object> secureReport() {
        Map<String, Object> report = new HashMap<>(body);
        report.put("victims", victims);
        report.put("consent", Map.of("givenBy", "person-concerned", "scopes", scopes));
        return report;
    }

    /** Reports the case as {@code officer} and returns its id. */
    public UUID reportedBy(String officer) {
        return UUID.fromString(as(officer).contentType(ContentType.JSON).body(officerReport())
                .post(CASES).then().statusCode(201).extract().path("id"));
    }

    /** Reports the case through the secure intake, from a fresh client address, and returns the receipt. */
    public ExtractableResponse<Response> reportedSecurely() {
        return fromFreshAddress().contentType(ContentType.JSON).body(secureReport())
                .post("/api/v1/reprisals/intake").then().statusCode(201).extract();
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user));
    }

    /** A request from its own documentation-range client address, as the trusted gateway forwards it. */
    public static RequestSpecification fromFreshAddress() {
        return given().header("X-Forwarded-For", freshAddress());
    }

    public static String freshAddress() {
        int n = (int) (Math.random() * 65_000);
        return "198.51." + (n / 256 % 256) + "." + (n % 254 + 1);
    }

    /** The ETag of the case as {@code user} reads it. */
    public static String etagOf(UUID caseId, String user) {
        return as(user).get(CASES + "/" + caseId).then().statusCode(200).extract().header("ETag");
    }
}
