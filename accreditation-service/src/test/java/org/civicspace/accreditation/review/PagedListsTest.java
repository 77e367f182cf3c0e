package org.civicspace.accreditation.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.accreditation.Fixtures.API;
import static org.civicspace.accreditation.Fixtures.PROBLEM;
import static org.civicspace.accreditation.Fixtures.accreditationOf;
import static org.civicspace.accreditation.Fixtures.aSession;
import static org.civicspace.accreditation.Fixtures.anActiveOrganization;
import static org.civicspace.accreditation.Fixtures.grantedDgc;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The lists of accreditations and of committee sessions come in cursor pages, so that every one of the 1,533 DGC
 * associations can be listed: each page holds at most limit items, and following next reads every item once, in
 * the list's order.
 */
@QuarkusTest
class PagedListsTest {

    @Test
    void listsEveryAccreditationOnceNewestGrantFirst() {
        List<String> granted = IntStream.range(0, 3).mapToObj(i -> anActiveOrganization("GH", "national-ngo"))
                .map(organization -> {
                    grantedDgc(organization);
                    return accreditationOf(organization, "dgc");
                }).toList();

        List<Map<String, Object>> seen = readAll(API + "/accreditations", Map.of("track", "dgc"), 2);

        assertThat(seen).extracting(a -> a.get("id")).doesNotHaveDuplicates().containsAll(granted);
        assertThat(seen).isSortedAccordingTo(Comparator.<Map<String, Object>, String>comparing(
                a -> (String) a.get("grantedOn")).reversed().thenComparing(a -> (String) a.get("id")));
    }

    @Test
    void listsEverySessionOnceLatestStartFirstEvenWhenSessionsStartTheSameDay() {
        // aSession starts every session tomorrow: only the id tells them apart
        List<String> scheduled = IntStream.range(0, 3).mapToObj(i -> aSession("ecosoc").toString()).toList();

        List<Map<String, Object>> seen = readAll(API + "/sessions", Map.of("track", "ecosoc"), 2);

        assertThat(seen).extracting(s -> s.get("id")).doesNotHaveDuplicates().containsAll(scheduled);
        assertThat(seen).isSortedAccordingTo(Comparator.<Map<String, Object>, String>comparing(
                s -> (String) s.get("startsOn")).reversed().thenComparing(s -> (String) s.get("id")));
    }

    @Test
    void refusesACursorItDidNotIssueAndALimitAboveOneHundred() {
        for (String list : List.of(API + "/accreditations", API + "/sessions")) {
            given().queryParam("cursor", "bm90LWEtY3Vyc29y").get(list).then().statusCode(400).contentType(PROBLEM)
                    .body("violations[0].field", equalTo("cursor"));
            given().queryParam("limit", 101).get(list).then().statusCode(400).contentType(PROBLEM);
        }
    }

    /** Reads a list page by page, {@code limit} at a time, checking that no page is longer. */
    private static List<Map<String, Object>> readAll(String list, Map<String, String> filters, int limit) {
        List<Map<String, Object>> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParams(filters).queryParam("limit", limit)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .get(list).then().statusCode(200).extract();
            List<Map<String, Object>> items = page.path("items");
            assertThat(items).hasSizeLessThanOrEqualTo(limit);
            seen.addAll(items);
            cursor = page.path("next");
        } while (cursor != null);
        return seen;
    }
}
