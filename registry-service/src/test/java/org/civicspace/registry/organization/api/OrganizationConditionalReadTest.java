package org.civicspace.registry.organization.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;
import static org.civicspace.registry.organization.api.OrganizationFixture.ORGANIZATIONS;
import static org.civicspace.registry.organization.api.OrganizationFixture.aNationalNgoIn;
import static org.civicspace.registry.organization.api.OrganizationFixture.anInternationalNgoIn;
import static org.civicspace.registry.organization.api.OrganizationFixture.etagOf;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicspace.testing.ServiceMetrics;
import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The read of one organisation as HTTP caching sees it: an ETag per representation and version, {@code no-cache}
 * so that a change shows at once, {@code public} only for the public view, and 304 for a copy that is still current.
 */
@QuarkusTest
class OrganizationConditionalReadTest {

    static final String PROBLEM = "application/problem+json";
    static final Pattern READS_COUNTED = Pattern.compile("(?m)^http_server_requests_seconds_count\\{[^}]*method=\"GET\""
            + "[^}]*status=\"200\"[^}]*uri=\"" + Pattern.quote(ORGANIZATIONS + "/{id}") + "\"[^}]*} (\\S+)$");

    @Test
    void answersAPublicCopyThatAnyCacheMayKeepAndRevalidate() {
        UUID id = aNationalNgoIn("KE").registeredAndActive();

        String tag = given().accept(ContentType.JSON).get(ORGANIZATIONS + "/" + id)
                .then().statusCode(200)
                .header("Cache-Control", "public, no-cache")
                .header("Vary", "Authorization")
                .body("$", not(hasKey("contact")))
                .extract().header("ETag");
        assertThat(tag).isEqualTo("\"1-public\"");

        given().header("If-None-Match", tag).get(ORGANIZATIONS + "/" + id)
                .then().statusCode(304)
                .header("ETag", tag)
                .header("Cache-Control", "public, no-cache")
                .body(emptyString());
    }

    @Test
    void answersTheFullViewOnlyToItsOwnClientUnderAnotherTag() {
        UUID id = aNationalNgoIn("KE").registeredAndActive();
        String publicTag = given().get(ORGANIZATIONS + "/" + id).then().extract().header("ETag");

        // a copy of the public view never stands for the full one
        given().auth().oauth2(Tokens.user("dgc-officer")).header("If-None-Match", publicTag)
                .get(ORGANIZATIONS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .header("Cache-Control", "private, no-cache")
                .body("contact.email", equalTo("office@example.org"));
        given().auth().oauth2(Tokens.user("dgc-officer")).header("If-None-Match", "\"1\"")
                .get(ORGANIZATIONS + "/" + id)
                .then().statusCode(304);
    }

    @Test
    void answersTheNewVersionOnceTheOrganisationChanges() {
        UUID id = aNationalNgoIn("KE").registeredAndActive();
        String before = given().get(ORGANIZATIONS + "/" + id).then().extract().header("ETag");

        OrganizationFixture.changeStatus(id, "suspended");

        given().header("If-None-Match", before).get(ORGANIZATIONS + "/" + id)
                .then().statusCode(200)
                .header("ETag", not(equalTo(before)))
                .body("status", equalTo("suspended"));
    }

    @Test
    void changesAnOfficesTagWhenItsHeadquartersChange() {
        UUID headquarters = anInternationalNgoIn("CH").registeredAndActive();
        UUID office = aNationalNgoIn("KE").officeOf(headquarters).registeredAndActive();
        String officeTag = etagOf(office, "dgc-officer");
        String publicTag = given().get(ORGANIZATIONS + "/" + office).then().extract().header("ETag");

        Map<String, Object> renamed = anInternationalNgoIn("CH").named("Renamed " + UUID.randomUUID()).profile();
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .header("If-Match", etagOf(headquarters, "dgc-officer")).body(renamed)
                .put(ORGANIZATIONS + "/" + headquarters).then().statusCode(200);

        // the office's view shows its headquarters' name: a kept copy of it is stale
        given().header("If-None-Match", publicTag).get(ORGANIZATIONS + "/" + office)
                .then().statusCode(200)
                .body("headquarters.legalName", equalTo(renamed.get("legalName")));
        // and an update written against the old view is refused, not applied over a change its author did not see
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .header("If-Match", officeTag).body(aNationalNgoIn("KE").officeOf(headquarters).profile())
                .put(ORGANIZATIONS + "/" + office)
                .then().statusCode(412).contentType(PROBLEM)
                .body("currentETag", equalTo(etagOf(office, "dgc-officer")));
    }

    @Test
    void refusesWhatItCannotAnswerAsProblems() {
        UUID active = aNationalNgoIn("GH").registeredAndActive();
        UUID pending = aNationalNgoIn("GH").registeredBy("dgc-officer");

        given().get(ORGANIZATIONS + "/" + pending).then().statusCode(404).contentType(PROBLEM);
        given().get(ORGANIZATIONS + "/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        given().get(ORGANIZATIONS + "/not-an-id").then().statusCode(400).contentType(PROBLEM);
        given().accept("application/xml").get(ORGANIZATIONS + "/" + active).then().statusCode(406);
        given().auth().oauth2(Tokens.withBrokenSignature("dashboard")).get(ORGANIZATIONS + "/" + active)
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void countsReadsUnderTheRouteTemplate() {
        UUID id = aNationalNgoIn("SN").registeredAndActive();
        double counted = readsCounted();

        given().get(ORGANIZATIONS + "/" + id).then().statusCode(200);

        // the server's timer is stopped as the response ends, which the client may see first
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(readsCounted()).isEqualTo(counted + 1));
        assertThat(ServiceMetrics.scrape()).doesNotContain(id.toString());
    }

    private static double readsCounted() {
        Matcher value = READS_COUNTED.matcher(ServiceMetrics.scrape());
        if (!value.find()) {
            return fail("http_server_requests_seconds_count of " + ORGANIZATIONS + "/{id} is not exported");
        }
        return Double.parseDouble(value.group(1));
    }
}
