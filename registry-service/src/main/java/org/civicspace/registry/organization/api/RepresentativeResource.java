package org.civicspace.registry.organization.api;

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
import jakarta.ws.rs.core.MediaType;

import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.web.security.Roles;
import org.civicspace.registry.organization.application.RepresentativeInput;
import org.civicspace.registry.organization.application.RepresentativeService;
import org.civicspace.registry.organization.application.RepresentativeView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.jboss.resteasy.reactive.RestResponse;

/** An organisation's representatives: restricted to the organisation itself and DGC staff. */
@Path("/api/v1/registry/organizations/{organizationId}/representatives")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
@SecurityRequirement(name = "keycloak")
@Tag(name = "Representatives", description = "Memberships of people in organisations (restricted)")
public class RepresentativeResource {

    private final RepresentativeService representatives;

    public RepresentativeResource(RepresentativeService representatives) {
        this.representatives = representatives;
    }

    @GET
    @Operation(operationId = "listOrganizationRepresentatives",
            summary = "List an organisation's representatives, past and current, a page at a time",
            description = "The organisation itself and DGC staff. Earliest member first (by start date, then id); "
                    + "pass next as cursor to read on.")
    @APIResponse(responseCode = "200", description = "A page of memberships; next reads on")
    @APIResponse(responseCode = "400", description = "limit outside 1 to 100, or a cursor this list did not issue")
    @APIResponse(responseCode = "404", description = "No such organisation, or not yours")
    public Page<RepresentativeView> list(@PathParam("organizationId") UUID organizationId,
            @Valid @BeanParam PageRequest page) {
        return representatives.list(organizationId, page.limit(), page.cursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addOrganizationRepresentative", summary = "Add a representative")
    @APIResponse(responseCode = "201", description = "Added; Location is the membership's address",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RepresentativeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid membership, with the fields named")
    @APIResponse(responseCode = "403", description = "Staff may not record someone's choice to be named")
    @APIResponse(responseCode = "404", description = "No such organisation, or not yours")
    public RestResponse<RepresentativeView> add(@PathParam("organizationId") UUID organizationId,
            @Valid @NotNull RepresentativeInput input) {
        RepresentativeView representative = representatives.add(organizationId, input);
        return ResponseBuilder.<RepresentativeView>created(URI.create("/api/v1/registry/organizations/"
                + organizationId + "/representatives/" + representative.id())).entity(representative).build();
    }

    @POST
    @Path("/{representativeId}/public-naming")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordRepresentativePublicNaming",
            summary = "Record a representative's choice to be named to the public, or no longer",
            description = "The organisation itself only (403 for staff). The public then sees the person on the "
                    + "organisation's named representatives and in the events' participant and speaker lists.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "403", description = "Staff may not record someone's choice")
    @APIResponse(responseCode = "404", description = "No such organisation or representative, or not yours")
    public RepresentativeView changePublicNaming(@PathParam("organizationId") UUID organizationId,
            @PathParam("representativeId") UUID representativeId, @Valid @NotNull PublicNamingRequest request) {
        return representatives.changePublicNaming(organizationId, representativeId, request.publiclyNamed());
    }

    @POST
    @Path("/{representativeId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endRepresentativeMembership", summary = "End a membership")
    @APIResponse(responseCode = "200", description = "Ended")
    @APIResponse(responseCode = "400", description = "The end date is before the start date")
    @APIResponse(responseCode = "404", description = "No such organisation or representative, or not yours")
    @APIResponse(responseCode = "409", description = "The membership already ended")
    public RepresentativeView end(@PathParam("organizationId") UUID organizationId,
            @PathParam("representativeId") UUID representativeId, @Valid @NotNull EndMembershipRequest request) {
        return representatives.end(organizationId, representativeId, request.endDate());
    }
}
