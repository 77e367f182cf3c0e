package org.civicspace.registry.organization.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;

import org.civicspace.platform.web.http.ConditionalReads.Audience;
import org.civicspace.platform.web.http.ConditionalReads;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.web.security.Roles;
import org.civicspace.registry.organization.application.CountryCode;
import org.civicspace.registry.organization.application.OrganizationProfile;
import org.civicspace.registry.organization.application.OrganizationService;
import org.civicspace.registry.organization.application.OrganizationView;
import org.civicspace.registry.organization.application.Registration;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.jboss.resteasy.reactive.RestResponse;

/** The registry of organisations: register, read, update, change status, search. */
@Path("/api/v1/registry/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Civil society organisations in the registry")
public class OrganizationResource {

    private final OrganizationService organizations;

    public OrganizationResource(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "registerOrganization", summary = "Register an organisation",
            description = "A CSO representative registers the organisation their account is bound to; DGC staff may "
                    + "register any. The registration is pending until DGC staff activate it. The answer lists "
                    + "organisations in the same country with a very similar name, which may be duplicates.")
    @APIResponse(responseCode = "201", description = "Registered, pending review; its ETag is the version to send "
            + "in If-Match, its Location the organisation's address",
            headers = { @Header(name = "ETag", ref = "ETag"), @Header(name = "Location", ref = "Location") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Registration.class)))
    @APIResponse(responseCode = "400", description = "Invalid profile, with the fields named")
    @APIResponse(responseCode = "403", description = "Your account is not bound to an organisation")
    @APIResponse(responseCode = "409", description = "Already registered, or the identifier is taken")
    public RestResponse<Registration> register(@Valid @NotNull OrganizationProfile profile) {
        Registration registration = organizations.register(profile);
        return ResponseBuilder.<Registration>created(
                URI.create("/api/v1/registry/organizations/" + registration.organization().id()))
                .header(HttpHeaders.ETAG, registration.entityTag())
                .entity(registration)
                .build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "searchOrganizations", summary = "Search organisations",
            description = "Free text over all names (accent and case insensitive, tolerant of small typos), filters "
                    + "(repeat a parameter for several values) and cursor pages. Anonymous callers see public fields "
                    + "of reviewed organisations only.")
    @APIResponse(responseCode = "200", description = "One page of organisations")
    @APIResponse(responseCode = "400", description = "An unknown filter value, sort or cursor, with the parameter "
            + "named; or status pending asked for by someone other than DGC staff")
    public Page<OrganizationView> search(@Valid @BeanParam OrganizationFilters filters,
            @Valid @BeanParam PageRequest page) {
        return organizations.search(filters.page(page.limit(), page.cursor()));
    }

    @GET
    @Path("/duplicates")
    @PermitAll
    @Operation(operationId = "findPossibleDuplicateOrganizations", summary = "Check a name before registering",
            description = "Organisations in the country whose name is very similar to the one given, a page at a "
                    + "time: most similar first, then by id; pass next as cursor, with the same name and country, to "
                    + "read on.")
    @APIResponse(responseCode = "200", description = "A page of possible duplicates; empty when none, next reads on")
    @APIResponse(responseCode = "400", description = "Name or country missing, the country not ISO 3166-1, limit "
            + "outside 1 to 100, or a cursor this list did not issue")
    public Page<Registration.PossibleDuplicate> duplicates(
            @QueryParam("name") @NotBlank @Size(max = 300)
            @Parameter(description = "The name to check", example = "Cancer Aid Society") String name,
            @QueryParam("country") @NotNull @CountryCode
            @Parameter(description = "Headquarters country, ISO 3166-1 alpha-2", example = "IN") String country,
            @Valid @BeanParam PageRequest page) {
        return organizations.similarNames(name, country, page.limit(), page.cursor());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getOrganization", summary = "Read an organisation",
            description = "Its representatives and DGC staff see the full view; everyone else the public view. The "
                    + "answer may be kept (`Cache-Control: no-cache`, `public` for the public view) and read again "
                    + "cheaply: send its ETag in `If-None-Match` and an unchanged organisation answers 304 without a "
                    + "body.")
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, required = false,
            description = "The ETag of the copy you hold", example = "\"7\"",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The organisation; its ETag is the version to send in If-Match",
            headers = { @Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control",
                    description = "`public, no-cache` for the public view, `private, no-cache` for the full one",
                    schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the copy named in If-None-Match is current",
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such organisation, or not visible to you")
    public RestResponse<OrganizationView> get(@PathParam("id") UUID id, @Context Request request) {
        OrganizationService.VersionedView organization = organizations.get(id);
        return ConditionalReads.answer(request, organization.entityTag(),
                organization.publicView() ? Audience.PUBLIC : Audience.PRIVATE, organization.view());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "updateOrganization", summary = "Update an organisation's profile",
            description = "Its own representatives or DGC staff; send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Updated; the ETag is the new version",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid profile, with the fields named; or a changed identifier")
    @APIResponse(responseCode = "403", description = "Not your organisation")
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "409", description = "The organisation is dissolved; its profile cannot change")
    @APIResponse(responseCode = "412", description = "Changed since you read it; the problem names the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<OrganizationView> update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag you read", example = "\"3\"") String ifMatch,
            @Valid @NotNull OrganizationProfile profile) {
        return versioned(organizations.update(id, ifMatch, profile));
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "changeOrganizationStatus", summary = "Change an organisation's status",
            description = "pending → active or dissolved; active ↔ suspended; any → dissolved. DGC staff only; send "
                    + "If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Changed; the ETag is the new version",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status; lists allowedNextStates")
    @APIResponse(responseCode = "412", description = "Changed since you read it; the problem names the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<OrganizationView> changeStatus(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag you read", example = "\"3\"") String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        return versioned(organizations.changeStatus(id, ifMatch, request.status(), request.reason()));
    }

    private static RestResponse<OrganizationView> versioned(OrganizationService.VersionedView organization) {
        return ResponseBuilder.ok(organization.view()).header(HttpHeaders.ETAG, organization.entityTag()).build();
    }
}
