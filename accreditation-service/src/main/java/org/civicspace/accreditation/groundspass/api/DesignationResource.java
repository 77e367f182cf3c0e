package org.civicspace.accreditation.groundspass.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.accreditation.commons.api.Reason;
import org.civicspace.accreditation.groundspass.api.DesignationViews.DesignationRequest;
import org.civicspace.accreditation.groundspass.api.DesignationViews.DesignationView;
import org.civicspace.accreditation.groundspass.application.Designations;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.jboss.resteasy.reactive.RestResponse;

/** An organisation's grounds pass designations, per calendar year. */
@Path("/api/v1/accreditation/organizations/{organizationId}/designations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
@SecurityRequirement(name = "keycloak")
@Tag(name = "Grounds passes", description = "Designations of representatives for UN grounds passes")
public class DesignationResource {

    private final Designations designations;

    public DesignationResource(Designations designations) {
        this.designations = designations;
    }

    @GET
    @Operation(operationId = "listDesignations", summary = "The organisation's designations, newest year first",
            description = "Newest year first and, within a year, in the order issued, in cursor pages: pass a page's "
                    + "next as cursor to read the following one.")
    @APIResponse(responseCode = "200", description = "One page of designations, newest year first")
    @APIResponse(responseCode = "400", description = "A limit outside 1 to 100, or a cursor this list did not issue")
    @APIResponse(responseCode = "404", description = "No such organisation, or not yours")
    public Page<DesignationView> list(@PathParam("organizationId") UUID organizationId,
            @QueryParam("year") @Parameter(description = "Only this calendar year's", example = "2027") Integer year,
            @Valid @BeanParam PageRequest page) {
        return designations.list(organizationId, year, page.limit(), page.cursor()).map(DesignationView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "designateRepresentative", summary = "Designate a representative for a grounds pass",
            description = "DGC: at most 6 a year, of which at most 2 youth passes (aged 18 to 32 on the first day of "
                    + "validity). ECOSOC: per duty station one head, one main and up to 4 additional representatives.")
    @APIResponse(responseCode = "201", description = "Issued; Location is the designation's address",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DesignationView.class)))
    @APIResponse(responseCode = "400", description = "A year other than this or the next, or someone who is not a "
            + "current representative of the organisation")
    @APIResponse(responseCode = "404", description = "No such organisation, or not yours")
    @APIResponse(responseCode = "409", description = "The quota is full, there is no active accreditation, or the "
            + "representative already holds a pass for the year")
    @APIResponse(responseCode = "422", description = "The representative may not take this seat (age)")
    public RestResponse<DesignationView> designate(@PathParam("organizationId") UUID organizationId,
            @Valid @NotNull DesignationRequest request) {
        DesignationView designation = DesignationView.of(designations.designate(organizationId, request.toCommand()));
        return ResponseBuilder.<DesignationView>created(URI.create("/api/v1/accreditation/organizations/"
                + organizationId + "/designations/" + designation.id())).entity(designation).build();
    }

    @POST
    @Path("/{designationId}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revokeDesignation", summary = "Revoke a designation: the seat is free again")
    @APIResponse(responseCode = "200", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such organisation or designation, or not yours")
    @APIResponse(responseCode = "409", description = "Already revoked")
    public DesignationView revoke(@PathParam("organizationId") UUID organizationId,
            @PathParam("designationId") UUID designationId, @Valid @NotNull Reason reason) {
        return DesignationView.of(designations.revoke(organizationId, designationId, reason.reason()));
    }
}
