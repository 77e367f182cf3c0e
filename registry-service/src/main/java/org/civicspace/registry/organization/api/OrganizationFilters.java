package org.civicspace.registry.organization.api;

import java.util.List;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.civicspace.registry.organization.application.AccreditationFilter;
import org.civicspace.registry.organization.application.SearchOrder;
import org.civicspace.registry.organization.application.SearchRequest;
import org.civicspace.registry.organization.domain.OrganizationStatus;
import org.civicspace.registry.organization.domain.OrganizationType;
import org.civicspace.registry.organization.domain.Theme;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What a search of the registry and its CSV export accept, as a {@code @BeanParam}: free text, filters (repeat a
 * parameter for several values) and an order. Enum values are read by their wire code; any other is a 400 problem
 * naming the parameter and the values it takes.
 */
public class OrganizationFilters {

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Free text over all names", example = "cancer aid")
    String q;

    @QueryParam("country")
    @Parameter(description = "Headquarters country, ISO 3166-1 alpha-2", example = "IN")
    List<String> countries;

    @QueryParam("type")
    @Parameter(description = "Organisation type")
    List<OrganizationType> types;

    @QueryParam("theme")
    @Parameter(description = "Thematic area")
    List<Theme> themes;

    @QueryParam("status")
    @Parameter(description = "Registry status; pending is for DGC staff only")
    List<OrganizationStatus> statuses;

    @QueryParam("accreditation")
    @Parameter(description = "The UN accreditation held")
    AccreditationFilter accreditation;

    @QueryParam("sort")
    @Parameter(description = "Order: name (default), newest, or relevance (default with q, and only with q)")
    SearchOrder sort;

    /** This search, one page of it. */
    SearchRequest page(int limit, String cursor) {
        return new SearchRequest(q, countries, types, themes, statuses, accreditation, sort, limit, cursor);
    }
}
