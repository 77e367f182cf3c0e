package org.civicspace.registry.organization.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicspace.platform.web.http.EntityTags;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.web.problem.Problem;
import org.civicspace.platform.web.security.Roles;
import org.civicspace.registry.organization.application.OrganizationService;
import org.civicspace.registry.organization.application.Registration;
import org.civicspace.registry.organization.application.SearchRequest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/** The registry of organisations: register, read, update, change status, search. */
@Path("/api/v1/registry/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Civil society organisations in the registry")
public class OrganizationResource {

    private final OrganizationService organizations;
    private final CurrentIdentityAssociation identities;

    public OrganizationResource(OrganizationService organizations, CurrentIdentityAssociation identities) {
        this.organizations = organizations;
        this.identities = identities;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Register an organisation",
            description = "A CSO representative registers the organisation their account is bound to; DGC staff may "
                    + "register any. The registration is pending until DGC staff activate it. The answer lists "
                    + "organisations in the same country with a very similar name, which may be duplicates.")
    @APIResponse(responseCode = "201", description = "Registered, pending review",
            content = @Content(schema = @Schema(implementation = Registration.class)))
    @APIResponse(responseCode = "400", description = "Invalid profile, with the fields named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already registered, or the identifier is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull OrganizationProfile profile) {
        Registration registration = organizations.register(profile);
        return Response.created(URI.create("/api/v1/registry/organizations/" + registration.organization().id()))
                .header(HttpHeaders.ETAG, EntityTags.of(registration.version()))
                .entity(registration)
                .build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Search organisations",
            description = "Free text over all names (accent and case insensitive, tolerant of small typos), filters "
                    + "(repeat a parameter for several values) and cursor pages. Anonymous callers see public fields "
                    + "of reviewed organisations only.")
    @APIResponse(responseCode = "200", description = "One page of organisations")
    public Page<OrganizationView> search(
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Free text", example = "cancer aid") String q,
            @QueryParam("country") @Parameter(description = "Headquarters country, ISO 3166-1 alpha-2") List<String> countries,
            @QueryParam("type") @Parameter(description = "Organisation type, e.g. national-ngo") List<String> types,
            @QueryParam("theme") @Parameter(description = "Thematic area, e.g. sdg-4 or human-rights") List<String> themes,
            @QueryParam("status") @Parameter(description = "active, suspended, dissolved (pending: staff only)") List<String> statuses,
            @QueryParam("accreditation") @Parameter(description = "dgc, ecosoc, ecosoc-general, ecosoc-special, ecosoc-roster or none") String accreditation,
            @QueryParam("sort") @Parameter(description = "name (default), -registered, or relevance (default with q)") String sort,
            @Valid @BeanParam PageRequest page) {
        return organizations.search(new SearchRequest(q, countries, types, themes, statuses, accreditation, sort,
                page.limit(), page.cursor()));
    }

    @GET
    @Path("/duplicates")
    @PermitAll
    @Operation(summary = "Check a name before registering",
            description = "Organisations in the country whose name is very similar to the one given.")
    public List<Registration.PossibleDuplicate> duplicates(
            @QueryParam("name") @NotBlank @Size(max = 300) String name,
            @QueryParam("country") @NotNull @CountryCode String country) {
        return organizations.similarNames(name, country);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Read an organisation",
            description = "Its representatives and DGC staff see the full view; everyone else the public view.")
    @APIResponse(responseCode = "200", description = "The organisation; its ETag is the version to send in If-Match",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "404", description = "No such organisation, or not visible to you",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<RestResponse<OrganizationView>> get(@PathParam("id") UUID id) {
        // a plain future, not subscribeAsCompletionStage(): that one captures and restores the request's contexts
        // around each later step, a twentieth of this read's CPU, and none of the steps below needs them
        CompletableFuture<SecurityIdentity> caller = new CompletableFuture<>();
        identities.getDeferredIdentity().subscribe().with(caller::complete, caller::completeExceptionally);
        return caller.thenCompose(identity -> organizations.get(id, identity))
                .thenApply(organization -> ResponseBuilder.ok(organization.view())
                        .header(HttpHeaders.ETAG, organization.entityTag()).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Update an organisation's profile",
            description = "Its own representatives or DGC staff; send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "403", description = "Not your organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag you read", example = "\"3\"") String ifMatch,
            @Valid @NotNull OrganizationProfile profile) {
        OrganizationService.VersionedView organization = organizations.update(id, ifMatch, profile);
        return Response.ok(organization.view()).header(HttpHeaders.ETAG, organization.entityTag()).build();
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Change an organisation's status",
            description = "pending → active or dissolved; active ↔ suspended; any → dissolved. DGC staff only.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status; lists the allowed ones",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        OrganizationService.VersionedView organization = organizations.changeStatus(id, ifMatch, request.status(),
                request.reason());
        return Response.ok(organization.view()).header(HttpHeaders.ETAG, organization.entityTag()).build();
    }
}
