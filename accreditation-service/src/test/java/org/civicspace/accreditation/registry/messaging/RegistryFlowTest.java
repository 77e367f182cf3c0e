package org.civicspace.accreditation.registry.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.civicspace.accreditation.Fixtures.API;
import static org.civicspace.accreditation.Fixtures.accreditationOf;
import static org.civicspace.accreditation.Fixtures.grantedDgc;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.accreditation.registry.persistence.OrganizationRecord;
import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Both services, both directions, through the real Kafka: an organisation registered and activated in the registry
 * reaches this service's read model; the DGC association granted here shows as "associated" in the registry, and
 * a suspension takes it away again.
 */
@QuarkusTest
class RegistryFlowTest {

    static final Duration WITHIN_SECONDS = Duration.ofSeconds(15);
    static RegistryProcess registry;

    @BeforeAll
    static void startRegistry() {
        registry = RegistryProcess.start();
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @Test
    void aGrantHereShowsAsAssociatedInTheRegistryWithinSeconds() {
        String organizations = registry.url() + "/api/v1/registry/organizations";
        UUID organization = UUID.fromString(given().auth().oauth2(Tokens.user("dgc-officer"))
                .contentType(ContentType.JSON)
                .body(Map.of("legalName", "Journalists and Writers Foundation " + UUID.randomUUID(),
                        "type", "foundation", "headquartersCountry", "US", "countriesOfOperation", List.of("US"),
                        "themes", List.of("sdg-16"), "workingLanguages", List.of("en"),
                        "website", "https://example.org"))
                .post(organizations).then().statusCode(201).extract().<String>path("organization.id"));
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "active", "reason", "reviewed")).post(organizations + "/" + organization
                        + "/status")
                .then().statusCode(200);
        await().atMost(WITHIN_SECONDS).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            OrganizationRecord record = OrganizationRecord.findById(organization);
            return record != null && "active".equals(record.status);
        }));

        grantedDgc(organization);

        await().atMost(WITHIN_SECONDS).untilAsserted(() -> given().get(organizations + "/" + organization)
                .then().statusCode(200)
                .body("accreditation.dgcAssociatedSince", equalTo(LocalDate.now().toString())));

        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "pending investigation"))
                .post(API + "/accreditations/" + accreditationOf(organization, "dgc") + "/suspension")
                .then().statusCode(200);
        await().atMost(WITHIN_SECONDS).untilAsserted(() -> given().get(organizations + "/" + organization)
                .then().body("accreditation.dgcAssociatedSince", nullValue()));
    }
}
