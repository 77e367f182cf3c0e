package org.civicspace.accreditation.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicspace.accreditation.api.AccreditationViews.DesignationRequest;
import org.civicspace.accreditation.api.AccreditationViews.DesignationView;
import org.civicspace.accreditation.api.ApplicationRequests.Reason;
import org.civicspace.accreditation.service.Designations;
import org.civicspace.platform.web.problem.Problem;
import org.civicspace.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    @Operation(summary = "The organisation's designations, newest year first")
    public List<DesignationView> list(@PathParam("organizationId") UUID organizationId,
            @QueryParam("year") Integer year) {
        return designations.list(organizationId, year);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Designate a representative for a grounds pass",
            description = "DGC: at most 6 a year, of which at most 2 youth passes (aged 18 to 32 on the first day of "
                    + "validity). ECOSOC: per duty station one head, one main and up to 4 additional representatives.")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(schema = @Schema(implementation = DesignationView.class)))
    @APIResponse(responseCode = "409", description = "The quota is full, or there is no active accreditation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The representative may not take this seat (age)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response designate(@PathParam("organizationId") UUID organizationId,
            @Valid @NotNull DesignationRequest request) {
        DesignationView designation = designations.designate(organizationId, request);
        return Response.created(URI.create("/api/v1/accreditation/organizations/" + organizationId + "/designations/"
                + designation.id())).entity(designation).build();
    }

    @POST
    @Path("/{designationId}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a designation: the seat is free again")
    public DesignationView revoke(@PathParam("organizationId") UUID organizationId,
            @PathParam("designationId") UUID designationId, @Valid @NotNull Reason reason) {
        return designations.revoke(organizationId, designationId, reason.reason());
    }
}
