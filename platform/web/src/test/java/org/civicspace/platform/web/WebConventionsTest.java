package org.civicspace.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;

import org.civicspace.testing.KeycloakTestResource;
import org.civicspace.testing.RealServers;
import org.civicspace.testing.ServiceMetrics;
import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The conventions every service inherits from platform-web, proven through HTTP with real Keycloak tokens. */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
class WebConventionsTest {

    static final String ORG_OF_CSO_REP = "7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d";
    static final String ORG_OF_CSO_REP_2 = "3e8b1d4f-9a2c-4e7b-8f5d-1c6a9e2b4d7f";
    static final String PROBLEM = "application/problem+json";

    @Nested
    class Security {

        @Test
        void refusesMissingTokenWith401Problem() {
            given().get("/api/v1/sample/organizations/" + ORG_OF_CSO_REP)
                    .then().statusCode(401)
                    .contentType(PROBLEM)
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("type", equalTo("https://civicspace.org/problems/unauthenticated"))
                    .body("status", equalTo(401));
        }

        @Test
        void refusesTokenOfAnotherIssuer() {
            String masterAdminToken = given().baseUri(RealServers.keycloakUrl())
                    .formParams("grant_type", "password", "client_id", "admin-cli",
                            "username", "admin", "password", "admin")
                    .post("/realms/master/protocol/openid-connect/token")
                    .then().statusCode(200).extract().path("access_token");

            given().auth().oauth2(masterAdminToken)
                    .get("/api/v1/sample/organizations/" + ORG_OF_CSO_REP)
                    .then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void refusesTamperedToken() {
            given().auth().oauth2(Tokens.withBrokenSignature("cso-rep"))
                    .get("/api/v1/sample/organizations/" + ORG_OF_CSO_REP)
                    .then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void refusesRoleThatIsNotAllowedWith403Problem() {
            given().auth().oauth2(Tokens.user("dashboard"))
                    .get("/api/v1/sample/organizations/" + ORG_OF_CSO_REP)
                    .then().statusCode(403)
                    .contentType(PROBLEM)
                    .body("type", equalTo("https://civicspace.org/problems/forbidden"));
        }

        @Test
        void letsRepresentativeActForOwnOrganization() {
            given().auth().oauth2(Tokens.user("cso-rep"))
                    .get("/api/v1/sample/organizations/" + ORG_OF_CSO_REP)
                    .then().statusCode(200)
                    .header("ETag", "\"3\"")
                    .body("id", equalTo(ORG_OF_CSO_REP));
        }

        @Test
        void refusesRepresentativeActingForAnotherOrganization() {
            given().auth().oauth2(Tokens.user("cso-rep"))
                    .get("/api/v1/sample/organizations/" + ORG_OF_CSO_REP_2)
                    .then().statusCode(403)
                    .contentType(PROBLEM)
                    .body("detail", containsString("only for the organisation you represent"));

            given().auth().oauth2(Tokens.user("cso-rep-2"))
                    .get("/api/v1/sample/organizations/" + ORG_OF_CSO_REP_2)
                    .then().statusCode(200);
        }

        @Test
        void letsStaffActForAnyOrganization() {
            given().auth().oauth2(Tokens.user("dgc-officer"))
                    .get("/api/v1/sample/organizations/" + ORG_OF_CSO_REP_2)
                    .then().statusCode(200);
        }

        @Test
        void countsRefusedRequestsUnderTheirRouteTemplate() {
            given().auth().oauth2(Tokens.withBrokenSignature("cso-rep"))
                    .get("/api/v1/sample/organizations/" + ORG_OF_CSO_REP)
                    .then().statusCode(401);
            given().get("/api/v1/sample/organizations/" + ORG_OF_CSO_REP_2)
                    .then().statusCode(401);

            // one series per route and status, whatever the identifier asked for
            assertThat(ServiceMetrics.scrape())
                    .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"401\""
                            + "[^}]*uri=\"/api/v1/sample/organizations/\\{id}\"")
                    .doesNotContain(ORG_OF_CSO_REP, ORG_OF_CSO_REP_2);
        }

        @Test
        void servicesAuthenticateWithClientCredentials() {
            given().auth().oauth2(Tokens.service("registry-service"))
                    .get("/api/v1/sample/public")
                    .then().statusCode(200);
        }
    }

    @Nested
    class BadInput {

        @Test
        void listsEveryInvalidFieldOfTheBody() {
            given().contentType(ContentType.JSON)
                    .body("{\"name\":\"\",\"country\":\"france\"}")
                    .post("/api/v1/sample/things")
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo("https://civicspace.org/problems/validation"))
                    .body("violations", hasSize(2))
                    .body("violations.field", hasItem("name"))
                    .body("violations.field", hasItem("country"))
                    .body("violations.find { it.field == 'country' }.message",
                            equalTo("must be an ISO 3166-1 alpha-2 code"));
        }

        @Test
        void namesTheElementOfAListThatFailed() {
            given().contentType(ContentType.JSON)
                    .body("{\"name\":\"x\",\"country\":\"FR\",\"tags\":[\"ok\",\"\"]}")
                    .post("/api/v1/sample/things")
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("violations[0].field", equalTo("tags[1]"));
        }

        @Test
        void readsAnEnumParameterByItsWireCodeAndRefusesAnyOtherSpelling() {
            given().get("/api/v1/sample/shades?shade=deep-blue")
                    .then().statusCode(200).body(equalTo("\"deep-blue\""));
            given().get("/api/v1/sample/shades?shade=DEEP_BLUE")
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo("https://civicspace.org/problems/validation"))
                    .body("violations[0].field", equalTo("shade"))
                    .body("violations[0].message", equalTo("must be one of: deep-blue, pale-green"));
        }

        @Test
        void readsAnEnumInABodyByItsWireCodeOnlyNeverByPosition() {
            given().contentType(ContentType.JSON).body("\"pale-green\"").post("/api/v1/sample/shades")
                    .then().statusCode(200).body(equalTo("\"pale-green\""));
            for (String other : List.of("1", "\"1\"", "\"PALE_GREEN\"")) {
                given().contentType(ContentType.JSON).body(other).post("/api/v1/sample/shades")
                        .then().statusCode(400).contentType(PROBLEM);
            }
        }

        @Test
        void documentsAnEnumByItsWireCodesInParametersAndBodies() {
            given().accept(ContentType.JSON).get("/q/openapi")
                    .then().statusCode(200)
                    .body("components.schemas.Shade.enum", equalTo(List.of("deep-blue", "pale-green")))
                    .body("paths.'/api/v1/sample/shades'.get.parameters[0].schema.'$ref'",
                            equalTo("#/components/schemas/Shade"));
        }

        @Test
        void refusesMissingBody() {
            given().contentType(ContentType.JSON)
                    .post("/api/v1/sample/things")
                    .then().statusCode(400).contentType(PROBLEM);
        }

        @Test
        void refusesMalformedJson() {
            given().contentType(ContentType.JSON)
                    .body("{\"name\": \"x\", ")
                    .post("/api/v1/sample/things")
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo("https://civicspace.org/problems/malformed-body"));
        }

        @Test
        void namesTheFieldOfTheWrongType() {
            given().contentType(ContentType.JSON)
                    .body("{\"name\":\"x\",\"country\":\"FR\",\"founded\":\"long ago\"}")
                    .post("/api/v1/sample/things")
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("violations[0].field", equalTo("founded"));
        }

        @Test
        void refusesTheNulCharacterInTextBeforeItReachesTheDatabase() {
            // PostgreSQL cannot store U+0000; the hostile-input test found it answered 500 from the database
            given().contentType(ContentType.JSON)
                    .body("{\"name\":\"a\\u0000b\",\"country\":\"FR\",\"tags\":[\"ok\",\"\\u0000\"]}")
                    .post("/api/v1/sample/things")
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo("https://civicspace.org/problems/validation"))
                    .body("violations[0].field", equalTo("name"));
            given().contentType(ContentType.JSON)
                    .body("{\"name\":\"x\",\"country\":\"FR\",\"tags\":[\"ok\",\"\\u0000\"]}")
                    .post("/api/v1/sample/things")
                    .then().statusCode(400)
                    .body("violations[0].field", equalTo("tags[1]"));
        }

        @Test
        void refusesOtherMediaTypesWith415() {
            given().contentType(ContentType.TEXT)
                    .body("name=x")
                    .post("/api/v1/sample/things")
                    .then().statusCode(415).contentType(PROBLEM);
        }

        @Test
        void answersUnknownAddressesWith404Problem() {
            given().get("/api/v1/sample/nothing-here")
                    .then().statusCode(404)
                    .contentType(PROBLEM)
                    .body("instance", equalTo("/api/v1/sample/nothing-here"));
        }

        @Test
        void refusesMalformedIdentifierWith400() {
            given().auth().oauth2(Tokens.user("dgc-officer"))
                    .get("/api/v1/sample/organizations/not-a-uuid")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("https://civicspace.org/problems/bad-request"));
        }

        @Test
        void hidesInternalsOfUnexpectedFaults() {
            String body = given().get("/api/v1/sample/boom")
                    .then().statusCode(500)
                    .contentType(PROBLEM)
                    .body("errorId", notNullValue())
                    .extract().asString();

            assertThat(body).doesNotContain("db.internal", "IllegalStateException", "at org.civicspace");
        }
    }

    @Nested
    class ConditionalUpdates {

        static final String THING = "/api/v1/sample/things/0b1e3b62-58f4-4bd2-9a5e-1f3f4c7d2a10";
        static final String BODY = "{\"name\":\"x\",\"country\":\"FR\"}";

        @Test
        void requiresIfMatch() {
            given().contentType(ContentType.JSON).body(BODY)
                    .put(THING)
                    .then().statusCode(428).contentType(PROBLEM);
        }

        @Test
        void refusesStaleVersionWith412AndTheCurrentETag() {
            given().contentType(ContentType.JSON).body(BODY).header("If-Match", "\"2\"")
                    .put(THING)
                    .then().statusCode(412)
                    .contentType(PROBLEM)
                    .body("currentETag", equalTo("\"3\""));
        }

        @Test
        void acceptsCurrentVersion() {
            given().contentType(ContentType.JSON).body(BODY).header("If-Match", "\"3\"")
                    .put(THING)
                    .then().statusCode(204);
        }
    }

    @Nested
    class Paging {

        @Test
        void walksEveryItemOnceThroughCursors() {
            List<Integer> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var page = given().queryParam("limit", 20).queryParam("cursor", cursor == null ? "" : cursor)
                        .get("/api/v1/sample/numbers")
                        .then().statusCode(200).extract();
                seen.addAll(page.<List<Integer>>path("items"));
                cursor = page.path("next");
                pages++;
            } while (cursor != null);

            assertThat(pages).isEqualTo(3);
            assertThat(seen).containsExactlyElementsOf(SampleResource.NUMBERS);
        }

        @Test
        void lastPageHasNoNextCursor() {
            given().queryParam("limit", 100)
                    .get("/api/v1/sample/numbers")
                    .then().statusCode(200)
                    .body("items", hasSize(45))
                    .body("next", nullValue());
        }

        @Test
        void refusesLimitOutOfRange() {
            given().queryParam("limit", 0)
                    .get("/api/v1/sample/numbers")
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("violations[0].field", equalTo("limit"));

            given().queryParam("limit", 1000)
                    .get("/api/v1/sample/numbers")
                    .then().statusCode(400).contentType(PROBLEM);
        }

        @Test
        void refusesLimitThatIsNotANumberWith400() {
            given().queryParam("limit", "abc")
                    .get("/api/v1/sample/numbers")
                    .then().statusCode(400).contentType(PROBLEM);
        }

        @Test
        void refusesForgedCursor() {
            given().queryParam("cursor", "%%%not-base64")
                    .get("/api/v1/sample/numbers")
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("violations[0].field", equalTo("cursor"))
                    .body("detail", not(containsString("Exception")));
        }
    }
}
