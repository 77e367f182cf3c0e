package org.civicspace.accreditation.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicspace.accreditation.api.SessionViews.AgendaItem;
import org.civicspace.accreditation.api.SessionViews.NewSession;
import org.civicspace.accreditation.api.SessionViews.SessionSummary;
import org.civicspace.accreditation.api.SessionViews.SessionView;
import org.civicspace.accreditation.service.CommitteeSessions;
import org.civicspace.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Committee sessions: scheduled by staff; their dates, members and summaries are public, their agendas are not. */
@Path("/api/v1/accreditation/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Committee sessions", description = "Sittings of the DGC association committee and the ECOSOC NGO committee")
public class SessionResource {

    private final CommitteeSessions sessions;

    public SessionResource(CommitteeSessions sessions) {
        this.sessions = sessions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Schedule a committee session")
    public Response create(@Valid @NotNull NewSession request) {
        SessionView session = sessions.create(request);
        return Response.created(URI.create("/api/v1/accreditation/sessions/" + session.id())).entity(session).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List committee sessions, newest first")
    public List<SessionView> list(@QueryParam("track") @Pattern(regexp = "dgc|ecosoc") String track) {
        return sessions.list(track);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Read a committee session")
    public SessionView get(@PathParam("id") UUID id) {
        return sessions.get(id);
    }

    @GET
    @Path("/{id}/agenda")
    @RolesAllowed({ Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN, Roles.NGO_COMMITTEE_MEMBER })
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "The session's agenda, with its outcome for each application")
    public List<AgendaItem> agenda(@PathParam("id") UUID id) {
        return sessions.agenda(id);
    }

    @GET
    @Path("/{id}/summary")
    @PermitAll
    @Operation(summary = "What the session decided, in the style of the DGC press release")
    public SessionSummary summary(@PathParam("id") UUID id) {
        return sessions.summary(id);
    }
}
