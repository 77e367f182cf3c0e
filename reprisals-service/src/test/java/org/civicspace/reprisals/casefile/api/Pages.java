package org.civicspace.reprisals.casefile.api;

import static org.civicspace.reprisals.casefile.api.CaseFixture.as;

import java.util.List;
import java.util.Map;

/** Reads a paged list as a client does: a page of {@code limit}, then {@code next} passed as {@code cursor}. */
final class Pages {

    private Pages() {
    }

    /** Every page of the list at {@code path} as {@code user} reads it, {@code limit} items at most on each. */
    static List<List<Map<String, Object>>> walk(String user, String path, int limit) {
        return org.civicspace.testing.Pages.walk(() -> as(user), path, limit);
    }

    /** The values of {@code field} of every item of every page, in the order the pages gave them. */
    static List<Object> all(List<List<Map<String, Object>>> pages, String field) {
        return pages.stream().flatMap(List::stream).map(item -> item.get(field)).toList();
    }
}
