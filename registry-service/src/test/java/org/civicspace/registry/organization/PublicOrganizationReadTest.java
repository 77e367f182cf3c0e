package org.civicspace.registry.organization;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;
import static org.civicspace.registry.organization.OrganizationFixture.ORGANIZATIONS;
import static org.civicspace.registry.organization.OrganizationFixture.aNationalNgoIn;
import static org.civicspace.registry.organization.OrganizationFixture.anInternationalNgoIn;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicspace.testing.ServiceMetrics;
import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The anonymous read of one organisation, answered by the public read route ahead of the resource: the same answer as
 * the resource gives, byte for byte, and every request it must not answer left to the resource.
 */
@QuarkusTest
class PublicOrganizationReadTest {

    static final String PROBLEM = "application/problem+json";
    static final Pattern ANSWERED = Pattern.compile("(?m)^civicspace_registry_public_reads_total(?:\\{[^}]*})? (\\S+)$");
    static final Pattern READS_COUNTED = Pattern.compile("(?m)^http_server_requests_seconds_count\\{[^}]*method=\"GET\""
            + "[^}]*status=\"200\"[^}]*uri=\"" + Pattern.quote(ORGANIZATIONS + "/{id}") + "\"[^}]*} (\\S+)$");

    @Test
    void answersAnAnonymousReadExactlyAsTheResourceDoes() {
        UUID headquarters = anInternationalNgoIn("CH").registeredAndActive();
        UUID office = aNationalNgoIn("KE").officeOf(headquarters).registeredAndActive();

        for (UUID id : new UUID[] { headquarters, office }) {
            double before = answered();
            Response anonymous = given().accept("application/json").get(ORGANIZATIONS + "/" + id);
            assertThat(answered()).as("answered by the route").isEqualTo(before + 1);
            // a caller with a token but no say over the organisation gets the public view from the resource
            Response resource = given().auth().oauth2(Tokens.user("dashboard")).accept("application/json")
                    .get(ORGANIZATIONS + "/" + id);
            assertThat(answered()).as("a token goes to the resource").isEqualTo(before + 1);

            assertThat(anonymous.statusCode()).isEqualTo(200);
            assertThat(resource.statusCode()).isEqualTo(200);
            assertThat(anonymous.asByteArray()).isEqualTo(resource.asByteArray());
            assertThat(anonymous.contentType()).isEqualTo(resource.contentType());
            assertThat(anonymous.header("ETag")).isEqualTo(resource.header("ETag")).isEqualTo("\"1\"");
        }
        given().get(ORGANIZATIONS + "/" + office)
                .then().statusCode(200)
                .body("headquarters.id", equalTo(headquarters.toString()))
                .body("$", not(hasKey("contact")))
                .body("$", not(hasKey("statusReason")));
    }

    @Test
    void leavesEveryOtherRequestToTheResource() {
        UUID active = aNationalNgoIn("GH").registeredAndActive();
        UUID pending = aNationalNgoIn("GH").registeredBy("dgc-officer");
        double before = answered();

        given().get(ORGANIZATIONS + "/" + pending).then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404));
        given().get(ORGANIZATIONS + "/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        given().get(ORGANIZATIONS + "/not-an-id").then().statusCode(400).contentType(PROBLEM);
        given().accept("application/xml").get(ORGANIZATIONS + "/" + active).then().statusCode(406);
        // an invalid token is refused, even where an anonymous caller would be answered
        given().auth().oauth2(Tokens.withBrokenSignature("dashboard")).get(ORGANIZATIONS + "/" + active)
                .then().statusCode(401).contentType(PROBLEM);
        // staff see the full view, which only the resource gives
        given().auth().oauth2(Tokens.user("dgc-officer")).get(ORGANIZATIONS + "/" + active)
                .then().statusCode(200).body("contact.email", equalTo("office@example.org"));

        assertThat(answered()).isEqualTo(before);
    }

    @Test
    void countsItsAnswersUnderTheRouteTemplate() {
        UUID id = aNationalNgoIn("SN").registeredAndActive();
        double before = answered();
        double counted = readsCounted();

        given().get(ORGANIZATIONS + "/" + id).then().statusCode(200);

        assertThat(answered()).as("answered by the route").isEqualTo(before + 1);
        // the server's timer is stopped as the response ends, which the client may see first
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(readsCounted()).isEqualTo(counted + 1));
        assertThat(ServiceMetrics.scrape()).doesNotContain(id.toString());
    }

    /** The requests counted as successful reads of one organisation, under the route's template. */
    private static double readsCounted() {
        return valueOf(READS_COUNTED, "http_server_requests_seconds_count of " + ORGANIZATIONS + "/{id}");
    }

    private static double answered() {
        return valueOf(ANSWERED, "civicspace_registry_public_reads_total");
    }

    private static double valueOf(Pattern series, String name) {
        Matcher value = series.matcher(ServiceMetrics.scrape());
        if (!value.find()) {
            return fail(name + " is not exported");
        }
        return Double.parseDouble(value.group(1));
    }
}
