package org.civicspace.reprisals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.reprisals.CaseFixture.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Reads a paged list as a client does: a page of {@code limit}, then {@code next} passed as {@code cursor}. */
final class Pages {

    private Pages() {
    }

    /** Every page of the list at {@code path} as {@code user} reads it, {@code limit} items at most on each. */
    static List<List<Map<String, Object>>> walk(String user, String path, int limit) {
        List<List<Map<String, Object>>> pages = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as(user).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            assertThat(items).hasSizeLessThanOrEqualTo(limit);
            pages.add(items);
            cursor = page.getString("next");
            assertThat(pages).as("pages of %s", path).hasSizeLessThan(1000);
        } while (cursor != null);
        return pages;
    }

    /** The values of {@code field} of every item of every page, in the order the pages gave them. */
    static List<Object> all(List<List<Map<String, Object>>> pages, String field) {
        return pages.stream().flatMap(List::stream).map(item -> item.get(field)).toList();
    }
}
