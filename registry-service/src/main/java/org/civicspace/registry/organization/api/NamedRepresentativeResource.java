package org.civicspace.registry.organization.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.registry.organization.application.RepresentativeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
            description = "Name and role only. Nobody is listed without choosing to be; an empty list says nothing "
                    + "more than that no one listed chose to be named.")
    @APIResponse(responseCode = "200", description = "Named representatives, earliest member first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = NamedRepresentativeView.class),
                    examples = @ExampleObject(name = "named", value = """
                            [{"fullName": "Priya Raman", "role": "youth-representative"}]""")))
    @APIResponse(responseCode = "404", description = "No such organisation, or not yet public")
    public List<NamedRepresentativeView> list(@PathParam("organizationId") UUID organizationId) {
        return representatives.named(organizationId);
    }
}
