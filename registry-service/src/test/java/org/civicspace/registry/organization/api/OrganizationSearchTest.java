package org.civicspace.registry.organization.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.registry.organization.api.OrganizationFixture.ORGANIZATIONS;
import static org.civicspace.registry.organization.api.OrganizationFixture.aNationalNgoIn;
import static org.civicspace.registry.organization.api.OrganizationFixture.anInternationalNgoIn;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.civicspace.registry.organization.persistence.OrganizationEntity;
import org.civicspace.registry.organization.persistence.OrganizationQuery;
import org.civicspace.registry.organization.persistence.OrganizationSearch;
import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Search over the registry: names, filters, orders and pages, as each kind of caller sees it. */
@QuarkusTest
class OrganizationSearchTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    OrganizationSearch search;

    @Inject
    EntityManager entityManager;

    static String marker() {
        return "m" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void findsNamesWhateverTheirAccentsAndCase() {
        String marker = marker();
        UUID id = aNationalNgoIn("CO").named("Asociación de Primeras Damas " + marker).registeredAndActive();

        given().queryParam("q", "ASOCIACION de primeras " + marker)
                .get(ORGANIZATIONS)
                .then().statusCode(200)
                .body("items[0].id", equalTo(id.toString()));
    }

    @Test
    void toleratesSmallTypos() {
        String marker = marker();
        UUID id = aNationalNgoIn("US").named("Center for Oceanic Awareness " + marker).registeredAndActive();

        given().queryParam("q", "oceanik awarenes " + marker)
                .get(ORGANIZATIONS)
                .then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
    }

    @Test
    void correctsWordsNoNameHoldsToTheClosestWordsNamesDo() {
        String marker = marker();
        UUID id = aNationalNgoIn("MW").named("Rural Health Education " + marker).registeredAndActive();

        // "helth" is too far from "health" for similarity over whole names, but close to the word "health"
        given().queryParam("q", "helth educaton " + marker)
                .get(ORGANIZATIONS)
                .then().statusCode(200)
                .body("items.id", contains(id.toString()));
    }

    @Test
    void learnsTheWordsOfNewAndRenamedOrganisations() {
        String marker = marker();
        UUID id = aNationalNgoIn("MW").named("Lakeside Fisheries " + marker).registeredAndActive();
        assertThat(correctionOf("fisheriez" + " " + marker)).contains("fisheries " + marker);
        assertThat(correctionOf("apiarists" + marker.substring(1))).isNotEqualTo(Optional.of("apiarist" + marker.substring(1)));

        given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                .header("If-Match", OrganizationFixture.etagOf(id, "dgc-officer"))
                .body(aNationalNgoIn("MW").named("Lakeside Apiarist" + marker.substring(1)).profile())
                .put(ORGANIZATIONS + "/" + id).then().statusCode(200);

        assertThat(correctionOf("apiarists" + marker.substring(1))).contains("apiarist" + marker.substring(1));
    }

    @Test
    void plansTextSearchesAmongFilteredOrganisationsForTheirOwnValuesAndLeavesPooledConnectionsAsTheyWere() {
        OrganizationQuery inACountry = new OrganizationQuery("education", List.of("BR"), List.of(), List.of(),
                List.of(), Optional.empty(), OrganizationQuery.Sort.RELEVANCE, true, 20, Optional.empty());
        OrganizationQuery everywhere = new OrganizationQuery("education", List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), OrganizationQuery.Sort.RELEVANCE, true, 20, Optional.empty());

        String filtered = QuarkusTransaction.requiringNew().call(() -> {
            search.find(inACountry);
            return planCacheMode();
        });
        String afterwards = QuarkusTransaction.requiringNew().call(this::planCacheMode);
        String unfiltered = QuarkusTransaction.requiringNew().call(() -> {
            search.find(everywhere);
            return planCacheMode();
        });

        assertThat(filtered).isEqualTo("force_custom_plan");
        assertThat(afterwards).isEqualTo("auto");
        assertThat(unfiltered).isEqualTo("auto");
    }

    private String planCacheMode() {
        return (String) entityManager.createNativeQuery("SELECT current_setting('plan_cache_mode')").getSingleResult();
    }

    private Optional<String> correctionOf(String text) {
        return QuarkusTransaction.requiringNew().call(() -> search.wordsNamesHold(text));
    }

    @Test
    void ranksCorrectedMatchesBeforeOtherSimilarNamesAndPagesAcrossThem() {
        String marker = marker();
        UUID similar = aNationalNgoIn("MW").named("Oceanic Awareness Group " + marker).registeredAndActive();
        UUID corrected = aNationalNgoIn("MW").named("Oceanic Awareness " + marker).registeredAndActive();

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParam("q", "oceanik awarenes " + marker).queryParam("country", "MW")
                    .queryParam("limit", 1).queryParam("cursor", cursor == null ? "" : cursor)
                    .get(ORGANIZATIONS).then().statusCode(200).extract();
            seen.addAll(page.<List<String>>path("items.id"));
            cursor = page.path("next");
        } while (cursor != null);

        assertThat(seen).containsExactly(corrected.toString(), similar.toString());
    }

    @Test
    void ranksNamesHoldingEveryWordInAnotherOrderAfterThePhraseAndBeforeSimilarNames() {
        String marker = marker();
        UUID similar = aNationalNgoIn("MW").named("Healthy Educators " + marker).registeredAndActive();
        UUID everyWord = aNationalNgoIn("MW").named("Education for Health " + marker).registeredAndActive();
        UUID phrase = aNationalNgoIn("MW").named("Rural Health Education " + marker).registeredAndActive();

        for (String typed : List.of("health education " + marker, "helth educaton " + marker)) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                var page = given().queryParam("q", typed).queryParam("limit", 1)
                        .queryParam("cursor", cursor == null ? "" : cursor)
                        .get(ORGANIZATIONS).then().statusCode(200).extract();
                seen.addAll(page.<List<String>>path("items.id"));
                cursor = page.path("next");
            } while (cursor != null);

            assertThat(seen).as(typed).startsWith(phrase.toString(), everyWord.toString()).doesNotHaveDuplicates();
            if (typed.startsWith("health")) {
                assertThat(seen).as(typed).contains(similar.toString());
            }
        }
    }

    @Test
    void findsTheSamePagesWhetherAPhaseWalksTheOrganisationsOrAsksTheWordIndex() {
        String marker = marker();
        for (int i = 0; i < 4; i++) {
            aNationalNgoIn("MW").named("Water Rights " + marker + " " + i).registeredAndActive();
            aNationalNgoIn("TZ").named("Rights to Water " + marker + " " + i).registeredAndActive();
            aNationalNgoIn("MW").named("Waterways " + marker + " " + i).registeredAndActive();
        }
        OrganizationSearch askingTheIndex = new OrganizationSearch(entityManager, 0);
        OrganizationSearch askingTheIndexAfterAFewRows = new OrganizationSearch(entityManager, 2);

        for (String text : List.of("water rights " + marker, "watr rihts " + marker, marker)) {
            for (List<String> countries : List.of(List.<String>of(), List.of("MW"))) {
                OrganizationQuery query = new OrganizationQuery(text, countries, List.of(), List.of(), List.of(),
                        Optional.empty(), OrganizationQuery.Sort.RELEVANCE, true, 3, Optional.empty());

                List<UUID> walking = allPages(search, query);

                assertThat(walking).as(text + " " + countries).isNotEmpty().doesNotHaveDuplicates()
                        .isEqualTo(allPages(askingTheIndex, query))
                        .isEqualTo(allPages(askingTheIndexAfterAFewRows, query));
            }
        }
    }

    private static List<UUID> allPages(OrganizationSearch search, OrganizationQuery first) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> seen = new ArrayList<>();
            OrganizationQuery query = first;
            while (true) {
                List<OrganizationEntity> rows = search.find(query);
                rows.stream().limit(query.limit()).forEach(row -> seen.add(row.id));
                if (rows.size() <= query.limit()) {
                    return seen;
                }
                query = new OrganizationQuery(query.text(), query.countries(), query.types(), query.themes(),
                        query.statuses(), query.accreditation(), query.sort(), query.publicOnly(), query.limit(),
                        Optional.of(search.cursorAfter(rows.get(query.limit() - 1), query)));
            }
        });
    }

    @Test
    void findsNamesInOtherLanguagesAndAcronyms() {
        String marker = marker();
        UUID id = aNationalNgoIn("FR").named("Ligue des droits " + marker)
                .withOtherName("en", "Rights League " + marker).with("acronym", "LDD" + marker)
                .registeredAndActive();

        given().queryParam("q", "rights league " + marker).get(ORGANIZATIONS)
                .then().statusCode(200).body("items.id", contains(id.toString()));
        given().queryParam("q", "ldd" + marker).get(ORGANIZATIONS)
                .then().statusCode(200).body("items.id", contains(id.toString()));
    }

    @Test
    void filtersByCountryTypeThemeAndStatus() {
        String marker = marker();
        UUID match = anInternationalNgoIn("GH").named("Filter Match " + marker).withThemes("sdg-6", "human-rights")
                .registeredAndActive();
        aNationalNgoIn("GH").named("Filter Other Type " + marker).withThemes("sdg-6").registeredAndActive();
        anInternationalNgoIn("NG").named("Filter Other Country " + marker).withThemes("sdg-6").registeredAndActive();
        anInternationalNgoIn("GH").named("Filter Other Theme " + marker).withThemes("sdg-2").registeredAndActive();

        given().queryParam("q", marker).queryParam("country", "GH").queryParam("type", "international-ngo")
                .queryParam("theme", "sdg-6").queryParam("status", "active")
                .get(ORGANIZATIONS)
                .then().statusCode(200)
                .body("items.id", contains(match.toString()));
    }

    @Test
    void filtersByAccreditation() {
        String marker = marker();
        aNationalNgoIn("GH").named("Not Accredited " + marker).registeredAndActive();

        given().queryParam("q", marker).queryParam("accreditation", "none").get(ORGANIZATIONS)
                .then().statusCode(200).body("items", hasSize(1));
        given().queryParam("q", marker).queryParam("accreditation", "dgc").get(ORGANIZATIONS)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void leavesPendingRegistrationsOutForThePublicButNotForStaff() {
        String marker = marker();
        aNationalNgoIn("PE").named("Pending One " + marker).registeredBy("dgc-officer");

        given().queryParam("q", marker).get(ORGANIZATIONS).then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(Tokens.user("dgc-officer")).queryParam("q", marker).get(ORGANIZATIONS)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].status", equalTo("pending"));
        given().queryParam("status", "pending").get(ORGANIZATIONS)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("status"));
    }

    @Test
    void ranksNamesHoldingTheQueryAsWholeWordsFirstAndPagesAcrossBothKinds() {
        String marker = marker();
        UUID partial = aNationalNgoIn("KE").named("Waterways " + marker + "x Trust").registeredAndActive();
        UUID whole = aNationalNgoIn("KE").named("Clean Water " + marker + " Alliance").registeredAndActive();

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParam("q", "water " + marker).queryParam("country", "KE")
                    .queryParam("limit", 1).queryParam("cursor", cursor == null ? "" : cursor)
                    .get(ORGANIZATIONS).then().statusCode(200).extract();
            seen.addAll(page.<List<String>>path("items.id"));
            cursor = page.path("next");
        } while (cursor != null);

        assertThat(seen).first().isEqualTo(whole.toString());
        assertThat(seen).doesNotHaveDuplicates().contains(partial.toString());
        assertThat(seen.indexOf(whole.toString())).isLessThan(seen.indexOf(partial.toString()));
    }

    @Test
    void walksAllResultsOnceThroughCursorPagesInEveryOrder() {
        String marker = marker();
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            registered.add(aNationalNgoIn("CL").named("Paging " + marker + " " + (char) ('e' - i))
                    .registeredAndActive().toString());
        }
        for (String sort : List.of("name", "newest", "relevance")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                var page = given().queryParam("q", "paging " + marker).queryParam("limit", 2)
                        .queryParam("sort", sort).queryParam("cursor", cursor == null ? "" : cursor)
                        .get(ORGANIZATIONS)
                        .then().statusCode(200).extract();
                seen.addAll(page.<List<String>>path("items.id"));
                cursor = page.path("next");
            } while (cursor != null);

            assertThat(seen).as(sort).hasSize(5).containsExactlyInAnyOrderElementsOf(registered);
        }
    }

    @Test
    void sortsByNameAndByMostRecentRegistration() {
        String marker = marker();
        UUID b = aNationalNgoIn("UY").named("Sort " + marker + " Bravo").registeredAndActive();
        UUID a = aNationalNgoIn("UY").named("Sort " + marker + " alpha").registeredAndActive();

        given().queryParam("q", "sort " + marker).queryParam("sort", "name").get(ORGANIZATIONS)
                .then().body("items.id", contains(a.toString(), b.toString()));
        given().queryParam("q", "sort " + marker).queryParam("sort", "newest").get(ORGANIZATIONS)
                .then().body("items.id", contains(a.toString(), b.toString()));
    }

    @Test
    void refusesPagesLargerThanTheLimit() {
        given().queryParam("limit", 101).get(ORGANIZATIONS)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("limit"));
    }

    @Test
    void refusesUnknownFilterValuesNamingTheParameter() {
        given().queryParam("country", "XX").get(ORGANIZATIONS)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("country"));
        given().queryParam("theme", "sdg-99").get(ORGANIZATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("theme"));
        given().queryParam("type", "cartel").get(ORGANIZATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("type"));
        given().queryParam("status", "archived").get(ORGANIZATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("status"))
                .body("violations[0].message", equalTo("must be one of: pending, active, suspended, dissolved"));
        given().queryParam("accreditation", "ECOSOC_GENERAL").get(ORGANIZATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("accreditation"));
        given().queryParam("sort", "-registered").get(ORGANIZATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("sort"))
                .body("violations[0].message", equalTo("must be one of: name, newest, relevance"));
        given().queryParam("sort", "relevance").get(ORGANIZATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("sort"));
        given().queryParam("type", "cartel").get(ORGANIZATIONS + "/export")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("type"));
    }

    @Test
    void refusesForgedCursors() {
        given().queryParam("cursor", "bm90LWEtY3Vyc29y").get(ORGANIZATIONS)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("cursor"));
        given().queryParam("cursor", "eHgfbm90LWEtdXVpZA").queryParam("sort", "newest").get(ORGANIZATIONS)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void treatsInjectionAttemptsAsPlainText() {
        given().queryParam("q", "'; DROP TABLE organization; --").get(ORGANIZATIONS)
                .then().statusCode(200);
        given().queryParam("q", "%_%").get(ORGANIZATIONS)
                .then().statusCode(200);
        given().get(ORGANIZATIONS).then().statusCode(200);
    }

    @Test
    void checksANameBeforeRegistering() {
        String marker = marker();
        UUID id = aNationalNgoIn("TZ").named("Kilimanjaro Youth Network " + marker).registeredBy("dgc-officer");

        given().queryParam("name", "Kilimanjaro Youth Netwrk " + marker).queryParam("country", "TZ")
                .get(ORGANIZATIONS + "/duplicates")
                .then().statusCode(200).body("items.id", hasItem(id.toString()));
        given().queryParam("name", "x").queryParam("country", "Tanzania")
                .get(ORGANIZATIONS + "/duplicates")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void pagesPossibleDuplicatesMostSimilarFirstWithoutLossOrRepeat() {
        String marker = marker();
        List<String> registered = new ArrayList<>();
        for (String name : List.of("Lake Victoria Fishers " + marker, "Lake Victoria Fishers " + marker + " North",
                "Lake Victoria Fishers " + marker + " South", "Lake Victoria Fishers " + marker + " East",
                "Lake Victoria Fishrs " + marker)) {
            registered.add(aNationalNgoIn("UG").named(name).registeredBy("dgc-officer").toString());
        }
        String duplicates = ORGANIZATIONS + "/duplicates";
        Supplier<RequestSpecification> check = () -> given().queryParam("name", "Lake Victoria Fishers " + marker)
                .queryParam("country", "UG");

        List<Map<String, Object>> whole = check.get().queryParam("limit", 100).get(duplicates).then().statusCode(200)
                .body("next", nullValue()).extract().jsonPath().getList("items");
        assertThat(whole).extracting(d -> d.get("id")).containsAll(registered.subList(0, 4)).doesNotHaveDuplicates();
        assertThat(whole.stream().map(d -> ((Number) d.get("similarity")).doubleValue()).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
        for (int limit : new int[] { 1, 2, 3 }) {
            assertThat(OrganizationFixture.allPages(check, duplicates, limit)).as("%d a page", limit).isEqualTo(whole);
        }
        check.get().queryParam("cursor", "bm90IG91cnM").get(duplicates).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void exportsASearchAsCsvWithFormulasDefused() {
        String marker = marker();
        aNationalNgoIn("AR").named("=HYPERLINK(\"x\") Export " + marker).registeredAndActive();
        aNationalNgoIn("AR").named("Export, Quoted " + marker).registeredAndActive();

        String csv = given().queryParam("q", "export " + marker).queryParam("sort", "name")
                .get(ORGANIZATIONS + "/export")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Civicspace-Export-Truncated", "false")
                .extract().asString();

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("id,identifier,legal_name");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\") Export " + marker + "\"")
                .contains("\"Export, Quoted " + marker + "\"")
                .doesNotContain("office@example.org");
    }

    @Test
    void everyResultOfAPublicSearchIsPublic() {
        given().queryParam("limit", 100).get(ORGANIZATIONS)
                .then().statusCode(200)
                .body("items.status", everyItem(not(equalTo("pending"))))
                .body("items.contact", everyItem(equalTo(null)));
    }
}
