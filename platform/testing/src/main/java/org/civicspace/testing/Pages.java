package org.civicspace.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Reads a paged list ({@code {items, next}}) as a client does: {@code limit} items at a time, passing each page's
 * {@code next} back as {@code cursor}, until a page has none; every page is checked to hold no more than asked.
 */
public final class Pages {

    /** More pages than any list a test makes: past it, the list is taken never to end. */
    static final int MOST_PAGES = 1000;

    private Pages() {
    }

    /** Every page of {@code list}, as {@code caller} (a fresh request each time) reads it, in the order read. */
    public static List<List<Map<String, Object>>> walk(Supplier<RequestSpecification> caller, String list,
            int limit) {
        List<List<Map<String, Object>>> pages = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = caller.get().queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(list).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            assertThat(items).as("a page of %s", list).hasSizeLessThanOrEqualTo(limit);
            pages.add(items);
            cursor = page.getString("next");
            assertThat(pages).as("pages of %s", list).hasSizeLessThan(MOST_PAGES);
        } while (cursor != null);
        return pages;
    }

    /** Every item of {@code list}, read {@code limit} at a time as {@code caller} sees it, in the order read. */
    public static List<Map<String, Object>> all(Supplier<RequestSpecification> caller, String list, int limit) {
        return walk(caller, list, limit).stream().flatMap(List::stream).toList();
    }
}
