package org.civicspace.events.registration.api;

import java.net.URI;
import java.util.List;
import java.util.Optional;
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

import org.civicspace.events.meeting.api.MeetingViews.Cancellation;
import org.civicspace.events.registration.api.RegistrationViews.CheckIn;
import org.civicspace.events.registration.api.RegistrationViews.InvitationRequest;
import org.civicspace.events.registration.api.RegistrationViews.InvitationView;
import org.civicspace.events.registration.api.RegistrationViews.RegistrationRequest;
import org.civicspace.events.registration.api.RegistrationViews.RegistrationView;
import org.civicspace.events.registration.application.CancellingRegistrations;
import org.civicspace.events.registration.application.CheckingIn;
import org.civicspace.events.registration.application.Inviting;
import org.civicspace.events.registration.application.ListedRegistration;
import org.civicspace.events.registration.application.ListingRegistrations;
import org.civicspace.events.registration.application.Registering;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.problem.Problem;
import org.civicspace.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Registration, the waiting list, invitations and check-in of one meeting. */
@Path("/api/v1/events/events/{eventId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registration", description = "Seats, waiting lists, invitations, attendance and feedback")
public class RegistrationResource {

    private final Registering registering;
    private final ListingRegistrations listing;
    private final CancellingRegistrations cancelling;
    private final Inviting inviting;
    private final CheckingIn checkingIn;

    public RegistrationResource(Registering registering, ListingRegistrations listing,
            CancellingRegistrations cancelling, Inviting inviting, CheckingIn checkingIn) {
        this.registering = registering;
        this.listing = listing;
        this.cancelling = cancelling;
        this.inviting = inviting;
        this.checkingIn = checkingIn;
    }

    @POST
    @Path("/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "registerForEvent", summary = "Register one of your organisation's representatives",
            description = "Confirmed while a seat is free for them (youth-share seats are for people aged 18 to 32 on "
                    + "the first day), otherwise waitlisted, first come first served.")
    @APIResponse(responseCode = "201", description = "Confirmed or waitlisted",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid, or not a current representative known to the registry")
    @APIResponse(responseCode = "403", description = "Not acting for the person's organisation, or an invitation-only "
            + "event without a valid invitation")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Registration closed, already registered, the invitation already "
            + "used, or the organisation's limit reached", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public RestResponse<RegistrationView> register(@PathParam("eventId") UUID eventId,
            @Valid @NotNull RegistrationRequest request) {
        RegistrationView registration = RegistrationView.of(registering.register(eventId,
                request.registration()));
        return RestResponse.ResponseBuilder.<RegistrationView> created(
                URI.create("/api/v1/events/events/" + eventId + "/registrations/" + registration.id()))
                .entity(registration).build();
    }

    @GET
    @Path("/registrations")
    @RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "listEventRegistrations", summary = "The participants",
            description = "All for staff and the leading CSO, your organisation's otherwise. Staff and your "
                    + "organisation see the names entered; the leading CSO sees another organisation's registrant by "
                    + "name only when the person chose in the registry to be named (fullName null otherwise).")
    @APIResponse(responseCode = "200", description = "A page of registrations, in the order they were made (the "
            + "waiting list's order); next reads on")
    @APIResponse(responseCode = "400", description = "limit outside 1 to 100, or a cursor this list did not issue")
    @APIResponse(responseCode = "403", description = "Neither staff, the leading organisation nor acting for an "
            + "organisation")
    @APIResponse(responseCode = "404", description = "No such event")
    public Page<RegistrationView> list(@PathParam("eventId") UUID eventId, @Valid @BeanParam PageRequest page) {
        Optional<QueueKeyset> after = QueueKeyset.of(page.cursor());
        List<ListedRegistration> rows = listing.list(eventId, after.map(QueueKeyset::sequence),
                after.map(QueueKeyset::id), page.limit() + 1);
        return Page.of(rows, page.limit(), r -> RegistrationView.of(r.registration()),
                r -> QueueKeyset.after(r.sequence(), r.registration().id()));
    }

    @POST
    @Path("/registrations/{registrationId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "cancelEventRegistration", summary = "Cancel a registration",
            description = "A freed seat goes to the first on the waiting list who may take it.")
    @APIResponse(responseCode = "200", description = "The cancelled registration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No such registration for this event, or not your organisation's")
    @APIResponse(responseCode = "409", description = "The registration is no longer active")
    public RegistrationView cancel(@PathParam("eventId") UUID eventId,
            @PathParam("registrationId") UUID registrationId, @Valid @NotNull Cancellation cancellation) {
        return RegistrationView.of(cancelling.cancel(eventId, registrationId, cancellation.reason()));
    }

    @POST
    @Path("/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "inviteToEvent", summary = "Invite an e-mail address to an invitation-only event")
    @APIResponse(responseCode = "201", description = "The invitation, with the code the invitee registers with",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "400", description = "Not an e-mail address")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "The event is open to registration, or the address is already "
            + "invited")
    public RestResponse<InvitationView> invite(@PathParam("eventId") UUID eventId,
            @Valid @NotNull InvitationRequest request) {
        InvitationView invitation = InvitationView.of(inviting.invite(eventId, request.email()));
        return RestResponse.status(RestResponse.Status.CREATED, invitation);
    }

    @POST
    @Path("/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "recordEventCheckIn", summary = "Record attendance from a badge's check-in code",
            description = "Scanning twice is harmless.")
    @APIResponse(responseCode = "200", description = "The registration, now attended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "404", description = "No registration with this check-in code for this event")
    @APIResponse(responseCode = "409", description = "The registration is not confirmed")
    public RegistrationView checkIn(@PathParam("eventId") UUID eventId, @Valid @NotNull CheckIn checkIn) {
        return RegistrationView.of(checkingIn.checkIn(eventId, checkIn.checkInCode()));
    }
}
