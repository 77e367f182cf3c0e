package org.civicspace.registry.organization.persistence;

import java.util.List;
import java.util.Optional;

import org.civicspace.platform.web.paging.Cursor;

/**
 * A search of the registry: free text over all names, filters, an order and a page.
 *
 * @param text         normalized free text (see SearchText), empty for none
 * @param publicOnly   leave out registrations the public may not see (pending)
 * @param accreditation {@code dgc}, {@code ecosoc}, {@code ecosoc-general|special|roster} or {@code none}
 */
public record OrganizationQuery(String text, List<String> countries, List<String> types, List<String> themes,
        List<String> statuses, Optional<String> accreditation, Sort sort, boolean publicOnly, int limit,
        Optional<Cursor> after) {

    /** The orders a search can have; each is a keyset order ending in the id, so pages never overlap. */
    public enum Sort {
        /** Legal name, A to Z. */
        NAME(2),
        /** Most recently registered first. */
        NEWEST(2),
        /** Best match of the free text first. */
        RELEVANCE(2);

        private final int cursorKeys;

        Sort(int cursorKeys) {
            this.cursorKeys = cursorKeys;
        }

        public int cursorKeys() {
            return cursorKeys;
        }
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** Whether anything but the text narrows the search: a country, type, theme, status or accreditation. */
    public boolean hasFilters() {
        return !countries.isEmpty() || !types.isEmpty() || !themes.isEmpty() || !statuses.isEmpty()
                || accreditation.isPresent();
    }
}
