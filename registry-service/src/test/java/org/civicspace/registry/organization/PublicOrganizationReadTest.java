package org.civicspace.registry.organization;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.registry.organization.OrganizationFixture.ORGANIZATIONS;
import static org.civicspace.registry.organization.OrganizationFixture.aNationalNgoIn;
import static org.civicspace.registry.organization.OrganizationFixture.anInternationalNgoIn;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

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
    static final Pattern ANSWERED = Pattern.compile("(?m)^civicspace_registry_public_reads_total(?:\\{[^}]*})? ([0-9.E]+)$");

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
        given().get(ORGANIZATIONS + "/" + id).then().statusCode(200);

        assertThat(ServiceMetrics.scrape())
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\""
                        + Pattern.quote(ORGANIZATIONS + "/{id}") + "\"")
                .doesNotContain(id.toString());
    }

    private static double answered() {
        Matcher count = ANSWERED.matcher(ServiceMetrics.scrape());
        assertThat(count.find()).as("civicspace_registry_public_reads_total exported").isTrue();
        return Double.parseDouble(count.group(1));
    }
}
