package org.civicspace.registry.organization.application;

import java.util.List;

/** A search as a caller asked for it, before validation: raw text, filters, order and paging. */
public record SearchRequest(String q, List<String> countries, List<String> types, List<String> themes,
        List<String> statuses, String accreditation, String sort, int limit, String cursor) {
}
