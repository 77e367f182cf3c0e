package org.civicspace.registry.organization.api;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.registry.organization.application.NamedRepresentativeView;
import org.civicspace.registry.organization.application.RepresentativeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The representatives of an organisation that the public may know of: those who chose to be named. */
@Path("/api/v1/registry/organizations/{organizationId}/named-representatives")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Representatives", description = "Memberships of people in organisations (restricted)")
public class NamedRepresentativeResource {

    private final RepresentativeService representatives;

    public NamedRepresentativeResource(RepresentativeService representatives) {
        this.representatives = representatives;
    }

    @GET
    @Operation(operationId = "listNamedRepresentatives",
            summary = "List an organisation's current representatives who chose to be named to the public",
            description = "Name and role only, earliest member first; pass next as cursor to read on. Nobody is "
                    + "listed without choosing to be; an empty page says nothing more than that no one listed chose "
                    + "to be named, and next only that more named representatives follow.")
    @APIResponse(responseCode = "200", description = "A page of named representatives; next reads on")
    @APIResponse(responseCode = "400", description = "limit outside 1 to 100, or a cursor this list did not issue")
    @APIResponse(responseCode = "404", description = "No such organisation, or not yet public")
    public Page<NamedRepresentativeView> list(@PathParam("organizationId") UUID organizationId,
            @Valid @BeanParam PageRequest page) {
        return representatives.named(organizationId, page.limit(), page.cursor());
    }
}
