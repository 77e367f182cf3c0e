package org.civicspace.reprisals.consent.api;

import static org.civicspace.reprisals.casefile.api.CaseFixture.CASES;
import static org.civicspace.reprisals.casefile.api.CaseFixture.as;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** The consents of a case as a case officer sees and records them through the API. */
public final class Consents {

    private Consents() {
    }

    public static String victimOf(UUID caseId) {
        return as("case-officer").get(CASES + "/" + caseId).then().statusCode(200).extract().path("victims[0].id");
    }

    public static List<String> consentsOf(UUID caseId) {
        return as("case-officer").queryParam("limit", 100).get(CASES + "/" + caseId + "/consents").then()
                .statusCode(200).body("next", nullValue()).extract().path("items.id");
    }

    public static String recordConsent(UUID caseId, String victimId, String... scopes) {
        return as("case-officer").contentType(ContentType.JSON)
                .body(Map.of("victimId", victimId, "givenBy", "person-concerned", "channel", "in-person",
                        "scopes", List.of(scopes)))
                .post(CASES + "/" + caseId + "/consents")
                .then().statusCode(201).extract().path("id");
    }
}
