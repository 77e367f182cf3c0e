package org.civicspace.accreditation.committee.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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

import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.committee.api.SessionViews.AgendaItem;
import org.civicspace.accreditation.committee.api.SessionViews.NewSession;
import org.civicspace.accreditation.committee.api.SessionViews.SessionSummary;
import org.civicspace.accreditation.committee.api.SessionViews.SessionView;
import org.civicspace.accreditation.committee.application.CommitteeSessions;
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
    @Operation(operationId = "scheduleCommitteeSession", summary = "Schedule a committee session")
    @APIResponse(responseCode = "201", description = "Scheduled; Location is the session's address",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid session, with the fields named; or it ends before it "
            + "starts")
    public RestResponse<SessionView> create(@Valid @NotNull NewSession request) {
        SessionView session = SessionView.of(sessions.create(request.toCommand()));
        return ResponseBuilder.<SessionView>created(URI.create("/api/v1/accreditation/sessions/" + session.id()))
                .entity(session).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listCommitteeSessions", summary = "List committee sessions, newest first",
            description = "The latest to start first, in cursor pages: pass a page's next as cursor to read the "
                    + "following one.")
    @APIResponse(responseCode = "200", description = "One page of sessions, the latest to start first")
    @APIResponse(responseCode = "400", description = "A track that is not one of the values listed, a limit outside "
            + "1 to 100, or a cursor this list did not issue")
    public Page<SessionView> list(
            @QueryParam("track") @Parameter(description = "Only this track's") Track track,
            @Valid @BeanParam PageRequest page) {
        return sessions.list(track, page.limit(), page.cursor()).map(SessionView::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getCommitteeSession", summary = "Read a committee session")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "404", description = "No such session")
    public SessionView get(@PathParam("id") UUID id) {
        return SessionView.of(sessions.get(id));
    }

    @GET
    @Path("/{id}/agenda")
    @RolesAllowed({ Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN, Roles.NGO_COMMITTEE_MEMBER })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "getCommitteeSessionAgenda",
            summary = "The session's agenda, with its outcome for each application",
            description = "In the order the applications were placed on it, in cursor pages: pass a page's next as "
                    + "cursor to read the following one.")
    @APIResponse(responseCode = "200", description = "One page of the applications on the agenda, in the order placed")
    @APIResponse(responseCode = "400", description = "A limit outside 1 to 100, or a cursor this list did not issue")
    @APIResponse(responseCode = "404", description = "No such session")
    public Page<AgendaItem> agenda(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return sessions.agenda(id, page.limit(), page.cursor()).map(AgendaItem::of);
    }

    @GET
    @Path("/{id}/summary")
    @PermitAll
    @Operation(operationId = "getCommitteeSessionSummary",
            summary = "What the session decided, in the style of the DGC press release")
    @APIResponse(responseCode = "200", description = "The counts and the text")
    @APIResponse(responseCode = "404", description = "No such session")
    public SessionSummary summary(@PathParam("id") UUID id) {
        return SessionSummary.of(sessions.summary(id));
    }
}
