package org.civicspace.registry.organization.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.registry.organization.api.OrganizationFixture.aNationalNgoIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What dashboards read: feeds of new organisations and counts, public fields only. */
@QuarkusTest
class DashboardFeedsTest {

    @Test
    void atomFeedListsANewlyActivatedOrganization() {
        String name = "Feed Atom " + UUID.randomUUID();
        UUID id = aNationalNgoIn("NP").named(name).registeredAndActive();

        String atom = given().get("/api/v1/registry/feeds/organizations.atom")
                .then().statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .extract().asString();

        assertThat(atom).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains("<id>urn:civicspace:registry:registered:" + id + "</id>")
                .contains("Registered: " + name)
                .doesNotContain("office@example.org");
    }

    @Test
    void jsonFeedListsANewlyActivatedOrganization() {
        String name = "Feed Json " + UUID.randomUUID();
        UUID id = aNationalNgoIn("NP").named(name).registeredAndActive();

        given().get("/api/v1/registry/feeds/organizations.json")
                .then().statusCode(200)
                .body("version", equalTo("https://jsonfeed.org/version/1.1"))
                .body("items.id", hasItem("urn:civicspace:registry:registered:" + id))
                .body("items.title", hasItem("Registered: " + name));
    }

    @Test
    void pendingRegistrationsAreNotInTheFeed() {
        UUID id = aNationalNgoIn("NP").registeredBy("dgc-officer");

        given().get("/api/v1/registry/feeds/organizations.json")
                .then().body("items.id", not(hasItem("urn:civicspace:registry:registered:" + id)));
    }

    @Test
    void statisticsCountActiveOrganizationsButNotPendingOnes() {
        int before = given().get("/api/v1/registry/statistics").then().statusCode(200)
                .extract().path("byCountry.BT") == null ? 0
                : given().get("/api/v1/registry/statistics").then().extract().<Integer>path("byCountry.BT");

        aNationalNgoIn("BT").withThemes("sdg-15").registeredAndActive();
        aNationalNgoIn("BT").registeredBy("dgc-officer");

        given().get("/api/v1/registry/statistics")
                .then().statusCode(200)
                .body("byCountry.BT", equalTo(before + 1))
                .body("byType.national-ngo", org.hamcrest.Matchers.greaterThan(0))
                .body("byTheme.sdg-15", org.hamcrest.Matchers.greaterThan(0))
                .body("byAccreditation.none", org.hamcrest.Matchers.greaterThan(0));
    }
}
