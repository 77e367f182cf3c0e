package org.civicspace.registry.organization.api;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Response;

import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.registry.organization.application.OrganizationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @Operation(operationId = "exportOrganizationsCsv", summary = "Export a search as CSV",
            description = "At most 10,000 rows; the header Civicspace-Export-Truncated: true says when more matched.")
    @APIResponse(responseCode = "200", description = "The organisations found, one per row (RFC 4180), public columns",
            headers = {
                    @Header(name = "Civicspace-Export-Truncated", description = "true when more than 10,000 matched",
                            schema = @Schema(type = SchemaType.BOOLEAN)),
                    @Header(name = "Content-Disposition", description = "attachment; filename=\"organizations.csv\"",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), example = """
                    id,identifier,legal_name,acronym,type,headquarters_country,countries_of_operation,themes,status,\
                    dgc_associated_since,ecosoc_status,registered_at\r
                    7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d,IN-MCA-U85100MH1996NPL,Cancer Aid Society,CAS,national-ngo,IN,\
                    IN NP,sdg-3,active,2019-06-14,special,2024-03-02T10:41:07Z\r
                    """))
    @APIResponse(responseCode = "400", description = "An unknown filter value or sort, with the parameter named")
    public Response export(@Valid @BeanParam OrganizationFilters filters) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        String cursor = null;
        int rows = 0;
        boolean truncated;
        do {
            Page<OrganizationView> page = organizations.search(filters.page(PageRequest.MAX_LIMIT, cursor));
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
