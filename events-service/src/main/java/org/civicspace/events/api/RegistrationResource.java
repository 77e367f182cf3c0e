package org.civicspace.events.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicspace.events.api.EventViews.Cancellation;
import org.civicspace.events.api.RegistrationViews.CheckIn;
import org.civicspace.events.api.RegistrationViews.FeedbackRequest;
import org.civicspace.events.api.RegistrationViews.FeedbackSummary;
import org.civicspace.events.api.RegistrationViews.InvitationRequest;
import org.civicspace.events.api.RegistrationViews.InvitationView;
import org.civicspace.events.api.RegistrationViews.RegistrationRequest;
import org.civicspace.events.api.RegistrationViews.RegistrationView;
import org.civicspace.events.service.Feedback;
import org.civicspace.events.service.Registrations;
import org.civicspace.platform.web.problem.Problem;
import org.civicspace.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registration, the waiting list, invitations, check-in and the survey of one event. */
@Path("/api/v1/events/events/{eventId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registration", description = "Seats, waiting lists, invitations, attendance and feedback")
public class RegistrationResource {

    private final Registrations registrations;
    private final Feedback feedback;

    public RegistrationResource(Registrations registrations, Feedback feedback) {
        this.registrations = registrations;
        this.feedback = feedback;
    }

    @POST
    @Path("/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Register one of your organisation's representatives",
            description = "Confirmed while a seat is free for them (youth-share seats are for people aged 18 to 32 on "
                    + "the first day), otherwise waitlisted, first come first served.")
    @APIResponse(responseCode = "201", description = "Confirmed or waitlisted",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "409", description = "Registration closed, already registered, or the organisation's "
            + "limit reached", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public Response register(@PathParam("eventId") UUID eventId, @Valid @NotNull RegistrationRequest request) {
        RegistrationView registration = registrations.register(eventId, request);
        return Response.created(URI.create("/api/v1/events/events/" + eventId + "/registrations/" + registration.id()))
                .entity(registration).build();
    }

    @GET
    @Path("/registrations")
    @RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "The participants",
            description = "All for staff and the leading CSO, your organisation's otherwise. Staff and your "
                    + "organisation see the names entered; the leading CSO sees another organisation's registrant by "
                    + "name only when the person chose in the registry to be named (fullName null otherwise).")
    public List<RegistrationView> list(@PathParam("eventId") UUID eventId) {
        return registrations.list(eventId);
    }

    @POST
    @Path("/registrations/{registrationId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Cancel a registration", description = "A freed seat goes to the first on the waiting list "
            + "who may take it.")
    public RegistrationView cancel(@PathParam("eventId") UUID eventId,
            @PathParam("registrationId") UUID registrationId, @Valid @NotNull Cancellation cancellation) {
        return registrations.cancel(eventId, registrationId, cancellation.reason());
    }

    @POST
    @Path("/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Invite an e-mail address to an invitation-only event")
    public Response invite(@PathParam("eventId") UUID eventId, @Valid @NotNull InvitationRequest request) {
        InvitationView invitation = registrations.invite(eventId, request.email());
        return Response.status(Response.Status.CREATED).entity(invitation).build();
    }

    @POST
    @Path("/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Record attendance from a badge's check-in code", description = "Scanning twice is harmless.")
    public RegistrationView checkIn(@PathParam("eventId") UUID eventId, @Valid @NotNull CheckIn checkIn) {
        return registrations.checkIn(eventId, checkIn.checkInCode());
    }

    @POST
    @Path("/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Answer the survey after the event", description = "With the check-in code of your badge.")
    @APIResponse(responseCode = "204", description = "Recorded")
    public void submitFeedback(@PathParam("eventId") UUID eventId, @Valid @NotNull FeedbackRequest request) {
        feedback.submit(eventId, request);
    }

    @GET
    @Path("/feedback")
    @PermitAll
    @Operation(summary = "The survey's results, aggregated")
    public FeedbackSummary feedbackSummary(@PathParam("eventId") UUID eventId) {
        return feedback.summary(eventId);
    }
}
