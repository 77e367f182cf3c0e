package org.civicspace.registry.organization.api;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.registry.organization.application.OrganizationService;
import org.civicspace.registry.organization.application.SearchRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A search as CSV (RFC 4180), for spreadsheets: the same parameters and visibility as the search, public columns
 * only, at most {@value #MAX_ROWS} rows. Cells that a spreadsheet would run as a formula are defused.
 */
@Path("/api/v1/registry/organizations/export")
@PermitAll
@Tag(name = "Organizations")
public class OrganizationExportResource {

    static final int MAX_ROWS = 10_000;
    static final String HEADER = "id,identifier,legal_name,acronym,type,headquarters_country,countries_of_operation,"
            + "themes,status,dgc_associated_since,ecosoc_status,registered_at";

    private final OrganizationService organizations;

    public OrganizationExportResource(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "Export a search as CSV", description = "At most 10,000 rows; the header "
            + "Civicspace-Export-Truncated: true says when more matched.")
    public Response export(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("country") List<String> countries,
            @QueryParam("type") List<String> types,
            @QueryParam("theme") List<String> themes,
            @QueryParam("status") List<String> statuses,
            @QueryParam("accreditation") String accreditation,
            @QueryParam("sort") String sort) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        String cursor = null;
        int rows = 0;
        boolean truncated;
        do {
            Page<OrganizationView> page = organizations.search(new SearchRequest(q, countries, types, themes,
                    statuses, accreditation, sort, PageRequest.MAX_LIMIT, cursor));
            for (OrganizationView organization : page.items()) {
                if (rows == MAX_ROWS) {
                    break;
                }
                csv.append(row(organization)).append("\r\n");
                rows++;
            }
            cursor = page.next();
            truncated = cursor != null && rows == MAX_ROWS;
        } while (cursor != null && rows < MAX_ROWS);
        return Response.ok(csv.toString())
                .header("Content-Disposition", "attachment; filename=\"organizations.csv\"")
                .header("Civicspace-Export-Truncated", truncated)
                .build();
    }

    private static String row(OrganizationView o) {
        return List.of(
                o.id().toString(),
                o.identifier().value(),
                o.legalName(),
                nullToEmpty(o.acronym()),
                o.type().code(),
                o.headquartersCountry(),
                String.join(" ", o.countriesOfOperation()),
                o.themes().stream().map(Object::toString).collect(Collectors.joining(" ")),
                o.status().code(),
                o.accreditation() == null || o.accreditation().dgcAssociatedSince() == null ? ""
                        : o.accreditation().dgcAssociatedSince().toString(),
                o.accreditation() == null || o.accreditation().ecosocStatus() == null ? ""
                        : o.accreditation().ecosocStatus().code(),
                o.registeredAt().toString())
                .stream().map(OrganizationExportResource::cell).collect(Collectors.joining(","));
    }

    /** Quotes a cell when needed, and defuses text a spreadsheet would evaluate (=, +, -, @). */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
