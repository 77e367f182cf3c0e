package org.civicspace.registry.organization.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.civicspace.registry.organization.api.OrganizationFixture.CSO_REP_2_ORGANIZATION;
import static org.civicspace.registry.organization.api.OrganizationFixture.ORGANIZATIONS;
import static org.civicspace.registry.organization.api.OrganizationFixture.aNationalNgoIn;
import static org.civicspace.registry.organization.api.OrganizationFixture.allPages;
import static org.civicspace.registry.organization.api.OrganizationFixture.as;
import static org.civicspace.registry.organization.api.OrganizationFixture.changeStatus;
import static org.civicspace.registry.organization.api.OrganizationFixture.organizationOfCsoRep;
import static org.civicspace.registry.organization.api.OrganizationFixture.pages;
import static org.civicspace.testing.TopicReader.header;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.registry.organization.messaging.ProtectionEvents;
import org.civicspace.registry.organization.messaging.RegistryEvents;
import org.civicspace.registry.organization.persistence.ProtectionFlagEntity;
import org.civicspace.testing.EventSchemas;
import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicReader;
import org.civicspace.testing.TopicWriter;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Protection flags, played from outside: the public and DGC staff read the registry while the reprisals service
 * flags a representative or an organisation, as it does in production, and cannot tell the flagged from anyone who
 * never chose to be named; a lifted flag gives the chosen name back.
 */
@QuarkusTest
class ProtectionFlagsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PROBLEM = "application/problem+json";

    @Test
    void thePublicCannotTellAFlaggedRepresentativeFromOneWhoDidNotChooseToBeNamed() {
        UUID own = publicOrganizationOf("cso-rep", organizationOfCsoRep());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String flagged = addRepresentative("cso-rep", own, "F. Flagged " + tag, true);
        String neverChose = addRepresentative("cso-rep", own, "N. Never " + tag, null);
        addRepresentative("cso-rep", own, "C. Chose " + tag, true);
        Map<String, Object> ownViewBefore = representative("cso-rep", own, flagged);
        String profileBefore = given().get(ORGANIZATIONS + "/" + own).then().statusCode(200).extract().asString();

        protection("flagged", UUID.fromString(flagged));

        List<Object> publicNames = namedRepresentatives(own);
        assertThat(publicNames).contains("C. Chose " + tag)
                .doesNotContain("F. Flagged " + tag, "N. Never " + tag);
        Map<String, Object> flaggedToStaff = representative("dgc-officer", own, flagged);
        Map<String, Object> neverChoseToStaff = representative("dgc-officer", own, neverChose);
        assertThat(withoutIdsAndNames(flaggedToStaff)).isEqualTo(withoutIdsAndNames(neverChoseToStaff));
        assertThat(flaggedToStaff).containsEntry("fullName", "F. Flagged " + tag).doesNotContainKey("publiclyNamed");
        assertThat(representative("cso-rep", own, flagged)).isEqualTo(ownViewBefore);
        assertThat(given().get(ORGANIZATIONS + "/" + own).then().extract().asString()).isEqualTo(profileBefore);

        protection("lifted", UUID.fromString(flagged));

        await().atMost(WAIT).untilAsserted(() -> assertThat(namedRepresentatives(own))
                .contains("F. Flagged " + tag, "C. Chose " + tag).doesNotContain("N. Never " + tag));
    }

    @Test
    void thePublicCannotTellAFlaggedOrganisationFromOneWhoseMembersDidNotChooseToBeNamed() {
        UUID flaggedOrganization = publicOrganizationOf("cso-rep-2", organizationOfCsoRep2());
        UUID quietOrganization = aNationalNgoIn("KE").named("Quiet Voices " + UUID.randomUUID()).registeredAndActive();
        addRepresentative("cso-rep-2", flaggedOrganization, "O. Organised", true);
        addRepresentative("dgc-officer", quietOrganization, "Q. Quiet", null);
        String profileBefore = given().get(ORGANIZATIONS + "/" + flaggedOrganization).then().extract().asString();

        protection("flagged", flaggedOrganization);

        String flaggedAnswer = given().get(ORGANIZATIONS + "/" + flaggedOrganization + "/named-representatives")
                .then().statusCode(200).extract().asString();
        String quietAnswer = given().get(ORGANIZATIONS + "/" + quietOrganization + "/named-representatives")
                .then().statusCode(200).extract().asString();
        assertThat(flaggedAnswer).isEqualTo(quietAnswer).isEqualTo("{\"items\":[],\"next\":null}");
        assertThat(given().get(ORGANIZATIONS + "/" + flaggedOrganization).then().extract().asString())
                .isEqualTo(profileBefore);

        protection("lifted", flaggedOrganization);

        await().atMost(WAIT).untilAsserted(() -> assertThat(namedRepresentatives(flaggedOrganization))
                .contains("O. Organised"));
    }

    @Test
    void pagesNamedRepresentativesCountingOnlyThoseThePublicMayKnowOf() {
        UUID own = publicOrganizationOf("cso-rep", organizationOfCsoRep());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        addRepresentative("cso-rep", own, "A. Named " + tag, true);
        addRepresentative("cso-rep", own, "B. Never " + tag, null);
        addRepresentative("cso-rep", own, "C. Named " + tag, true);
        String flagged = addRepresentative("cso-rep", own, "D. Flagged " + tag, true);
        // chose to be named but a member only from tomorrow: the last of the organisation's members in list order
        addRepresentative("cso-rep", own, "E. Tomorrow " + tag, true, LocalDate.now().plusDays(1));
        protection("flagged", UUID.fromString(flagged));

        List<List<Map<String, Object>>> pages = pages(() -> given(), namedRepresentativesOf(own), 1);

        // no page is empty: next is there only when someone the public may know of follows, so neither the flagged
        // member nor the one who starts tomorrow shows as a page without a name
        assertThat(pages).allSatisfy(page -> assertThat(page).hasSize(1));
        List<Object> names = pages.stream().map(page -> page.get(0).get("fullName")).toList();
        assertThat(names).doesNotHaveDuplicates()
                .doesNotContain("B. Never " + tag, "D. Flagged " + tag, "E. Tomorrow " + tag);
        assertThat(names.stream().filter(name -> name.toString().endsWith(tag)))
                .containsExactlyInAnyOrder("A. Named " + tag, "C. Named " + tag);
        assertThat(allPages(() -> given(), namedRepresentativesOf(own), 100).stream().map(r -> r.get("fullName"))
                .toList()).isEqualTo(names);
        given().queryParam("cursor", "bm90IG91cnM").get(namedRepresentativesOf(own)).then().statusCode(400)
                .contentType(PROBLEM).body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void refusesStaffRecordingSomeonesChoiceToBeNamed() {
        UUID own = publicOrganizationOf("cso-rep", organizationOfCsoRep());
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(Map.of("fullName", "S. Staffed", "role", "representative", "startDate", "2026-01-01",
                        "publiclyNamed", true))
                .post(representativesOf(own)).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/forbidden"))
                .body("detail", equalTo("Only the organisation itself records whether its representatives chose to "
                        + "be named to the public."));
        String id = addRepresentative("dgc-officer", own, "S. Staffed", null);
        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .body(Map.of("publiclyNamed", true)).post(representativesOf(own) + "/" + id + "/public-naming")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://civicspace.org/problems/forbidden"));
        given().auth().oauth2(Tokens.user("cso-rep-2")).contentType(ContentType.JSON)
                .body(Map.of("publiclyNamed", true)).post(representativesOf(own) + "/" + id + "/public-naming")
                .then().statusCode(404).contentType(PROBLEM);

        assertThat(namedRepresentatives(own)).doesNotContain("S. Staffed");
    }

    @Test
    void publishesAChangedChoiceToBeNamedWithoutTheNameOnTheRestrictedTopic() {
        UUID own = publicOrganizationOf("cso-rep", organizationOfCsoRep());
        try (TopicReader topic = new TopicReader(RegistryEvents.REPRESENTATIVES_TOPIC)) {
            String id = addRepresentative("cso-rep", own, "P. Private", null);
            given().auth().oauth2(Tokens.user("cso-rep")).contentType(ContentType.JSON)
                    .body(Map.of("publiclyNamed", true)).post(representativesOf(own) + "/" + id + "/public-naming")
                    .then().statusCode(200).body("publiclyNamed", equalTo(true));

            var records = topic.await(r -> id.equals(r.key()), 2, Duration.ofSeconds(20));

            assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(
                    RegistryEvents.REPRESENTATIVE_ADDED.name(), RegistryEvents.REPRESENTATIVE_NAMING_CHANGED.name());
            assertThat(records.get(0).value()).contains("\"publiclyNamed\":false");
            assertThat(records.get(1).value()).contains("\"publiclyNamed\":true").doesNotContain("Private");
            records.forEach(r -> assertThat(EventSchemas.violations(header(r, "ce_type"), r.value())).isEmpty());
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(namedRepresentatives(own))
                .contains("P. Private"));
    }

    private static String representativesOf(UUID organization) {
        return ORGANIZATIONS + "/" + organization + "/representatives";
    }

    private static String namedRepresentativesOf(UUID organization) {
        return ORGANIZATIONS + "/" + organization + "/named-representatives";
    }

    private static String addRepresentative(String user, UUID organization, String name, Boolean publiclyNamed) {
        return addRepresentative(user, organization, name, publiclyNamed, LocalDate.parse("2026-01-01"));
    }

    private static String addRepresentative(String user, UUID organization, String name, Boolean publiclyNamed,
            LocalDate startDate) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("fullName", name, "role", "representative",
                "startDate", startDate.toString()));
        if (publiclyNamed != null) {
            body.put("publiclyNamed", publiclyNamed);
        }
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(body)
                .post(representativesOf(organization)).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> representative(String user, UUID organization, String id) {
        return allPages(() -> as(user), representativesOf(organization), 100).stream()
                .filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> withoutIdsAndNames(Map<String, Object> representative) {
        Map<String, Object> copy = new LinkedHashMap<>(representative);
        copy.put("id", "-");
        copy.put("fullName", "-");
        return copy;
    }

    /** Every representative the public may know of, read a page at a time. */
    private static List<Object> namedRepresentatives(UUID organization) {
        return allPages(() -> given(), namedRepresentativesOf(organization), 100).stream()
                .map(r -> r.get("fullName")).toList();
    }

    /** The reprisals service flags or lifts, as it does in production: a CloudEvent keyed by the registry id. */
    private static void protection(String fact, UUID registryId) {
        try (TopicWriter writer = new TopicWriter("reprisals-service")) {
            writer.sendCloudEvent(ProtectionEvents.TOPIC, registryId.toString(), UUID.randomUUID().toString(),
                    "/civicspace/reprisals", "org.civicspace.reprisals.protection." + fact + ".v1",
                    "{\"registryId\":\"" + registryId + "\"}");
        }
        boolean flagged = "flagged".equals(fact);
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            ProtectionFlagEntity flag = ProtectionFlagEntity.findById(registryId);
            return flag != null && flag.flagged == flagged;
        }));
    }

    /** The organisation, activated by staff if it is still pending, so that the public sees it. */
    private static UUID publicOrganizationOf(String user, UUID organization) {
        String status = given().auth().oauth2(Tokens.user(user)).get(ORGANIZATIONS + "/" + organization).then()
                .statusCode(200).extract().path("status");
        if ("pending".equals(status)) {
            changeStatus(organization, "active");
        }
        return organization;
    }

    /** The organisation of the demo user {@code cso-rep-2}, registered by cso-rep-2 on first use. */
    private static UUID organizationOfCsoRep2() {
        int status = given().auth().oauth2(Tokens.user("dgc-officer"))
                .get(ORGANIZATIONS + "/" + CSO_REP_2_ORGANIZATION).statusCode();
        if (status == 404) {
            aNationalNgoIn("KE").named("Organisation of cso-rep-2 " + UUID.randomUUID()).registeredBy("cso-rep-2");
        }
        return CSO_REP_2_ORGANIZATION;
    }
}
