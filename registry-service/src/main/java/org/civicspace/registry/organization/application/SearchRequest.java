package org.civicspace.registry.organization.application;

import java.util.List;
import java.util.Objects;

import org.civicspace.registry.organization.domain.OrganizationStatus;
import org.civicspace.registry.organization.domain.OrganizationType;
import org.civicspace.registry.organization.domain.Theme;

/**
 * A search as a caller asked for it: free text, filters (each list empty for none, its values OR-ed), an order
 * ({@code null} for the default) and a page. Countries are checked here; the other filters are typed.
 */
public record SearchRequest(String q, List<String> countries, List<OrganizationType> types, List<Theme> themes,
        List<OrganizationStatus> statuses, AccreditationFilter accreditation, SearchOrder sort, int limit,
        String cursor) {

    public SearchRequest {
        countries = present(countries);
        types = present(types);
        themes = present(themes);
        statuses = present(statuses);
    }

    private static <T> List<T> present(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
