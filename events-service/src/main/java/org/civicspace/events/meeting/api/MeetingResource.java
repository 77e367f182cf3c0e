package org.civicspace.events.meeting.api;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import org.civicspace.events.meeting.api.MeetingViews.Cancellation;
import org.civicspace.events.meeting.api.MeetingViews.MeetingRequest;
import org.civicspace.events.meeting.api.MeetingViews.MeetingView;
import org.civicspace.events.meeting.api.MeetingViews.SessionRequest;
import org.civicspace.events.meeting.application.ChangingMeetings;
import org.civicspace.events.meeting.application.DraftingMeetings;
import org.civicspace.events.meeting.application.Meeting;
import org.civicspace.events.meeting.application.MeetingLifecycle;
import org.civicspace.events.meeting.application.ReadingMeetings;
import org.civicspace.events.meeting.application.VersionedMeeting;
import org.civicspace.events.meeting.domain.MeetingListing;
import org.civicspace.events.meeting.domain.MeetingPeriod;
import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.platform.problem.Problem;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.web.paging.TimeAndId;
import org.civicspace.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Meetings, "events" on the wire: briefings, capacity-building sessions, orientations and conferences. */
@Path("/api/v1/events/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Briefings, capacity building, orientations and the Civil Society Conference")
public class MeetingResource {

    private static final String STAFF = Roles.DGC_OFFICER;

    private final DraftingMeetings drafting;
    private final ChangingMeetings changing;
    private final MeetingLifecycle lifecycle;
    private final ReadingMeetings reading;

    public MeetingResource(DraftingMeetings drafting, ChangingMeetings changing, MeetingLifecycle lifecycle,
            ReadingMeetings reading) {
        this.drafting = drafting;
        this.changing = changing;
        this.lifecycle = lifecycle;
        this.reading = reading;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ STAFF, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "createEvent", summary = "Draft an event")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "briefing", value = """
            {"kind": "thematic-briefing", "titles": {"en": "Youth and the SDGs", "es": "La juventud y los ODS"},
             "startsAt": "2027-03-10T10:00:00", "endsAt": "2027-03-10T12:00:00", "timeZone": "America/New_York",
             "venueMode": "hybrid", "venue": "Conference Room 4, UN Headquarters",
             "onlineUrl": "https://webtv.example.org/briefing", "interpretationLanguages": ["en", "fr", "es"],
             "capacity": 120, "perOrganizationLimit": 3, "youthSharePercent": 34}""")))
    @APIResponse(responseCode = "201", description = "The draft",
            headers = { @Header(name = "ETag", ref = "ETag"), @Header(name = "Location", ref = "Location") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid, with the fields named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only DGC staff organise events")
    public RestResponse<MeetingView> create(@Valid @NotNull MeetingRequest details) {
        VersionedMeeting meeting = drafting.draft(details.details());
        return RestResponse.ResponseBuilder.<MeetingView> created(
                URI.create("/api/v1/events/events/" + meeting.meeting().id()))
                .header(HttpHeaders.ETAG, meeting.entityTag()).entity(MeetingView.of(meeting.meeting())).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listEvents", summary = "Events, a page at a time",
            description = "By default published events that have not ended, soonest first. DGC staff may ask for "
                    + "another status, and for events that have ended (most recent first) or all of them.")
    @APIResponse(responseCode = "200", description = "A page of events; next reads on")
    @APIResponse(responseCode = "400", description = "A status or when that is not one of the values listed (the "
            + "problem names the parameter), limit outside 1 to 100, or a cursor this list did not issue")
    @APIResponse(responseCode = "403", description = "Anything but published events that have not ended, asked for "
            + "by someone not DGC staff")
    public Page<MeetingView> list(
            @Parameter(description = "Staff only, unless published (the default)", example = "draft")
            @QueryParam("status") MeetingStatus status,
            @Parameter(description = "upcoming (the default), past or all; staff only unless upcoming",
                    example = "past")
            @QueryParam("when") MeetingPeriod when,
            @Valid @BeanParam PageRequest page) {
        Optional<TimeAndId> after = TimeAndId.of(page.cursor());
        List<Meeting> rows = reading.list(MeetingListing.of(status, when), after.map(TimeAndId::at),
                after.map(TimeAndId::id), page.limit() + 1);
        return Page.of(rows, page.limit(), MeetingView::of, m -> TimeAndId.after(m.startsAtUtc(), m.id()));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getEvent", summary = "Read an event",
            description = "Drafts are visible to staff and the leading CSO only.")
    @APIResponse(responseCode = "200", description = "The event; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", description = "No such event, or a draft you do not organise")
    public RestResponse<MeetingView> get(@PathParam("id") UUID id) {
        return ok(reading.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ STAFF, Roles.PLATFORM_ADMIN, Roles.CSO_REPRESENTATIVE })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "updateEvent", summary = "Change an event (If-Match)",
            description = "Staff, or the leading CSO while it is a draft. The leading CSO may not change what only "
                    + "staff decide (kind, capacity, perOrganizationLimit, youthSharePercent, invitationOnly, the "
                    + "registration window): 403 naming them in `fields`, and nothing changes. Moving a published "
                    + "event's times publishes a rescheduled event.")
    @APIResponse(responseCode = "200", description = "The changed event",
            headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid, with the fields named")
    @APIResponse(responseCode = "403", description = "Not an organiser, or a staff-only setting changed by the CSO",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "staff-only", value = """
                            {"type": "https://civicspace.org/problems/forbidden", "title": "Forbidden", "status": 403,
                             "detail": "Only DGC staff change an event's kind; the leading organisation edits the \
                            rest of its draft.", "fields": ["kind"]}""")))
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "The event is neither a draft nor published")
    @APIResponse(responseCode = "412", description = "If-Match names another version; the problem gives the current "
            + "ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<MeetingView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MeetingRequest details) {
        return ok(changing.change(id, ifMatch, details.details()));
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed({ STAFF, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "publishEvent", summary = "Publish the event: registration opens as configured")
    @APIResponse(responseCode = "200", description = "The published event",
            headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "403", description = "Only DGC staff publish events")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status; lists the allowed next "
            + "states")
    public RestResponse<MeetingView> publish(@PathParam("id") UUID id) {
        return ok(lifecycle.publish(id));
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ STAFF, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "cancelEvent", summary = "Cancel the event",
            description = "Cancels every registration; each registrant is notified.")
    @APIResponse(responseCode = "200", description = "The cancelled event",
            headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "403", description = "Only DGC staff cancel events")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status; lists the allowed next "
            + "states")
    public RestResponse<MeetingView> cancel(@PathParam("id") UUID id, @Valid @NotNull Cancellation cancellation) {
        return ok(lifecycle.cancel(id, cancellation.reason()));
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed({ STAFF, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "completeEvent", summary = "Mark the event completed",
            description = "Confirmed registrants who never checked in become no-shows; the survey opens.")
    @APIResponse(responseCode = "200", description = "The completed event",
            headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "403", description = "Only DGC staff complete events")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "The event has not started, or its status does not allow it; "
            + "lists the allowed next states")
    public RestResponse<MeetingView> complete(@PathParam("id") UUID id) {
        return ok(lifecycle.complete(id));
    }

    @POST
    @Path("/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ STAFF, Roles.PLATFORM_ADMIN, Roles.CSO_REPRESENTATIVE })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "addConferenceSession",
            summary = "Add a session, with its room and speakers, to a conference's programme")
    @APIResponse(responseCode = "200", description = "The conference with its programme",
            headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid, or outside the conference's times, with the field named")
    @APIResponse(responseCode = "403", description = "Only staff and the leading organisation change this event")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "The event is not a conference")
    public RestResponse<MeetingView> addSession(@PathParam("id") UUID id, @Valid @NotNull SessionRequest session) {
        return ok(changing.addSession(id, session.session()));
    }

    private static RestResponse<MeetingView> ok(VersionedMeeting meeting) {
        return RestResponse.ResponseBuilder.ok(MeetingView.of(meeting.meeting()))
                .header(HttpHeaders.ETAG, meeting.entityTag()).build();
    }
}
