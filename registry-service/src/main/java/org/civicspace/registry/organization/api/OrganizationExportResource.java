package org.civicspace.registry.organization.api;

import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.civicspace.platform.web.csv.CsvTable;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.registry.organization.application.OrganizationService;
import org.civicspace.registry.organization.application.OrganizationView;
import org.civicspace.registry.organization.domain.Theme;
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
    static final String[] COLUMNS = { "id", "identifier", "legal_name", "acronym", "type", "headquarters_country",
        "countries_of_operation", "themes", "status", "dgc_associated_since", "ecosoc_status", "registered_at" };

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
        CsvTable csv = CsvTable.withColumns(COLUMNS);
        String cursor = null;
        boolean truncated;
        do {
            Page<OrganizationView> page = organizations.search(filters.page(PageRequest.MAX_LIMIT, cursor));
            for (OrganizationView organization : page.items()) {
                if (csv.size() == MAX_ROWS) {
                    break;
                }
                row(csv, organization);
            }
            cursor = page.next();
            truncated = cursor != null && csv.size() == MAX_ROWS;
        } while (cursor != null && csv.size() < MAX_ROWS);
        return Response.ok(csv.toString(), CsvTable.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"organizations.csv\"")
                .header("Civicspace-Export-Truncated", truncated)
                .build();
    }

    private static void row(CsvTable csv, OrganizationView o) {
        OrganizationView.Accreditation accreditation = o.accreditation();
        csv.row(o.id(), o.identifier().value(), o.legalName(), o.acronym(), o.type(), o.headquartersCountry(),
                String.join(" ", o.countriesOfOperation()),
                o.themes().stream().map(Theme::code).collect(Collectors.joining(" ")),
                o.status(),
                accreditation == null ? null : accreditation.dgcAssociatedSince(),
                accreditation == null ? null : accreditation.ecosocStatus(),
                o.registeredAt());
    }
}
