package org.civicspace.accreditation.applications.api;

import java.net.URI;
import java.util.UUID;

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

import org.civicspace.accreditation.applications.api.ApplicationRequests.AgendaPlacement;
import org.civicspace.accreditation.applications.api.ApplicationRequests.Answer;
import org.civicspace.accreditation.applications.api.ApplicationRequests.ClarificationRequest;
import org.civicspace.accreditation.applications.api.ApplicationRequests.CommitteeQuestion;
import org.civicspace.accreditation.applications.api.ApplicationRequests.Decision;
import org.civicspace.accreditation.applications.api.ApplicationRequests.DraftChange;
import org.civicspace.accreditation.applications.api.ApplicationRequests.NewApplication;
import org.civicspace.accreditation.applications.api.ApplicationRequests.OptionalReason;
import org.civicspace.accreditation.applications.api.ApplicationRequests.Recommendation;
import org.civicspace.accreditation.applications.api.ApplicationViews.ApplicationView;
import org.civicspace.accreditation.applications.api.ApplicationViews.HistoryView;
import org.civicspace.accreditation.applications.application.ApplicationQueries;
import org.civicspace.accreditation.applications.application.Applying;
import org.civicspace.accreditation.applications.application.CommitteeReview;
import org.civicspace.accreditation.applications.application.Screening;
import org.civicspace.accreditation.applications.application.VersionedApplication;
import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.accreditation.commons.api.Reason;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
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
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Applications for DGC association and ECOSOC consultative status, and each step of their review. An illegal step
 * gets 409 with the states that may follow; every step is kept in the application's history.
 */
@Path("/api/v1/accreditation/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Applications", description = "Applications and their committee review")
public class ApplicationResource {

    private static final String SELF = "/api/v1/accreditation/applications/";
    private static final String APPLICANT = Roles.CSO_REPRESENTATIVE;
    private static final String STAFF = Roles.DGC_OFFICER;
    private static final String ILLEGAL_STEP = "Not allowed from the application's current state; lists "
            + "currentState and allowedNextStates";
    private static final String STEP_TAKEN = "The step, taken; the application as it now is, its ETag the new version";
    private static final String NOT_FOUND = "No such application, or not visible to you";

    private final Applying applying;
    private final Screening screening;
    private final CommitteeReview review;
    private final ApplicationQueries queries;

    public ApplicationResource(Applying applying, Screening screening, CommitteeReview review,
            ApplicationQueries queries) {
        this.applying = applying;
        this.screening = screening;
        this.review = review;
        this.queries = queries;
    }

    @POST
    @RolesAllowed({ APPLICANT, STAFF, Roles.PLATFORM_ADMIN })
    @Operation(operationId = "createApplication", summary = "Start an application (a draft)",
            description = "For the organisation the caller represents. An ECOSOC application by an organisation that "
                    + "already holds consultative status asks to change its category.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewApplication.class),
            examples = @ExampleObject(name = "dgc", value = """
                    {"organizationId": "7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d", "track": "dgc",
                     "declarations": {"legallyRegisteredOn": "2015-03-01", "nonProfit": true,
                       "democraticGovernance": true, "commitsToUnCharterAndSdgs": true,
                       "website": "https://canceraid.example.org", "publications": ["Annual report 2025"],
                       "socialMedia": ["https://social.example/@canceraidsociety"], "audience": 25000}}""")))
    @APIResponse(responseCode = "201", description = "The draft; its ETag is needed to change it, its Location is "
            + "its address",
            headers = { @Header(name = "ETag", ref = "ETag"), @Header(name = "Location", ref = "Location") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, with the fields named; or a category that "
            + "does not fit the track")
    @APIResponse(responseCode = "403", description = "You may apply only for the organisation you represent")
    @APIResponse(responseCode = "409", description = "The organisation already holds this accreditation or category, "
            + "or already has an open application on the track")
    public RestResponse<ApplicationView> create(@Valid @NotNull NewApplication request) {
        VersionedApplication application = applying.start(request.toCommand());
        return ResponseBuilder.<ApplicationView>created(URI.create(SELF + application.application().id()))
                .header(HttpHeaders.ETAG, application.entityTag()).entity(ApplicationView.of(application.application()))
                .build();
    }

    @GET
    @RolesAllowed({ APPLICANT, STAFF, Roles.PLATFORM_ADMIN, Roles.NGO_COMMITTEE_MEMBER })
    @Operation(operationId = "listApplications", summary = "List applications",
            description = "Representatives see their organisation's; committee members those placed on an agenda; "
                    + "staff all. Newest first, in cursor pages: pass a page's next as cursor to read the following "
                    + "one.")
    @APIResponse(responseCode = "200", description = "One page of the applications visible to you, newest first")
    @APIResponse(responseCode = "400", description = "A state that is not one of the values listed, a limit outside 1 "
            + "to 100, or a cursor this list did not issue")
    @APIResponse(responseCode = "403", description = "Your account represents no organisation")
    public Page<ApplicationView> list(
            @QueryParam("organization") @Parameter(description = "Only this organisation's") UUID organizationId,
            @QueryParam("state") @Parameter(description = "Only those in this state", example = "before-committee")
            ApplicationState state,
            @QueryParam("session") @Parameter(description = "Only those on this session's agenda") UUID sessionId,
            @Valid @BeanParam PageRequest page) {
        return queries.list(organizationId, state, sessionId, page.limit(), page.cursor()).map(ApplicationView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ APPLICANT, STAFF, Roles.PLATFORM_ADMIN, Roles.NGO_COMMITTEE_MEMBER })
    @Operation(operationId = "getApplication",
            summary = "Read an application, with its questions and the states it may move to")
    @APIResponse(responseCode = "200", description = "The application; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public RestResponse<ApplicationView> get(@PathParam("id") UUID id) {
        return ok(queries.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ APPLICANT, STAFF, Roles.PLATFORM_ADMIN })
    @Operation(operationId = "updateApplicationDraft", summary = "Change a draft",
            description = "Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Changed; the ETag is the new version",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, with the fields named; or a category that "
            + "does not fit the track")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The application is no longer a draft")
    @APIResponse(responseCode = "412", description = "Changed since you read it; the problem names the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<ApplicationView> update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag you read", example = "\"0\"")
            String ifMatch,
            @Valid @NotNull DraftChange change) {
        return ok(applying.changeDraft(id, ifMatch, change.toCommand()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ APPLICANT, STAFF, Roles.PLATFORM_ADMIN, Roles.NGO_COMMITTEE_MEMBER })
    @Operation(operationId = "getApplicationHistory",
            summary = "The application's whole history: who moved it, when and why (append-only)",
            description = "Oldest step first, in cursor pages: pass a page's next as cursor to read the following "
                    + "one.")
    @APIResponse(responseCode = "200", description = "One page of the steps, oldest first")
    @APIResponse(responseCode = "400", description = "A limit outside 1 to 100, or a cursor this list did not issue")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Page<HistoryView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.history(id, page.limit(), page.cursor()).map(HistoryView::of);
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed({ APPLICANT, STAFF, Roles.PLATFORM_ADMIN })
    @Operation(operationId = "submitApplication", summary = "Submit the draft for screening")
    @APIResponse(responseCode = "200", description = STEP_TAKEN, headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = ILLEGAL_STEP)
    public RestResponse<ApplicationView> submit(@PathParam("id") UUID id) {
        return ok(applying.submit(id));
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({ APPLICANT, STAFF, Roles.PLATFORM_ADMIN })
    @Operation(operationId = "withdrawApplication", summary = "Withdraw the application",
            description = "At any time before a decision.")
    @APIResponse(responseCode = "200", description = STEP_TAKEN, headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = ILLEGAL_STEP)
    public RestResponse<ApplicationView> withdraw(@PathParam("id") UUID id, @Valid OptionalReason reason) {
        return ok(applying.withdraw(id, reason == null ? null : reason.reason()));
    }

    @POST
    @Path("/{id}/screening")
    @RolesAllowed({ STAFF, Roles.PLATFORM_ADMIN })
    @Operation(operationId = "screenApplication", summary = "Screen the application against the minimum requirements",
            description = "Starts screening a submitted application, or checks again one in screening. Each rule is "
                    + "shown with its reason.")
    @APIResponse(responseCode = "200", description = STEP_TAKEN, headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = ILLEGAL_STEP)
    public RestResponse<ApplicationView> screen(@PathParam("id") UUID id) {
        return ok(screening.screen(id));
    }

    @POST
    @Path("/{id}/clarification-requests")
    @RolesAllowed({ STAFF, Roles.PLATFORM_ADMIN })
    @Operation(operationId = "requestApplicationClarification",
            summary = "Ask the applicant for a clarification during screening")
    @APIResponse(responseCode = "200", description = STEP_TAKEN, headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = ILLEGAL_STEP)
    public RestResponse<ApplicationView> requestClarification(@PathParam("id") UUID id,
            @Valid @NotNull ClarificationRequest request) {
        return ok(screening.requestClarification(id, request.toCommand()));
    }

    @POST
    @Path("/{id}/agenda")
    @RolesAllowed({ STAFF, Roles.PLATFORM_ADMIN })
    @Operation(operationId = "placeApplicationOnAgenda",
            summary = "Place the application on a committee session's agenda",
            description = "From screening (all minimum requirements met), a deferral or a reconsideration request.")
    @APIResponse(responseCode = "200", description = STEP_TAKEN, headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400",
            description = "No such session, a session of the other track, or one that has ended")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409",
            description = ILLEGAL_STEP + "; or, from screening, minimum requirements not met (lists failedRules)")
    public RestResponse<ApplicationView> placeOnAgenda(@PathParam("id") UUID id,
            @Valid @NotNull AgendaPlacement placement) {
        return ok(review.placeOnAgenda(id, placement.sessionId()));
    }

    @POST
    @Path("/{id}/questions")
    @RolesAllowed({ Roles.NGO_COMMITTEE_MEMBER, STAFF, Roles.PLATFORM_ADMIN })
    @Operation(operationId = "raiseCommitteeQuestion",
            summary = "Raise a question on behalf of a member state on the committee")
    @APIResponse(responseCode = "200", description = STEP_TAKEN, headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400",
            description = "The member State is not on the session's committee, or staff named none")
    @APIResponse(responseCode = "403",
            description = "Your account speaks for no member State, or for another one than named")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = ILLEGAL_STEP)
    public RestResponse<ApplicationView> raiseQuestion(@PathParam("id") UUID id,
            @Valid @NotNull CommitteeQuestion question) {
        return ok(review.raiseQuestion(id, question.toCommand()));
    }

    @POST
    @Path("/{id}/questions/{questionId}/answer")
    @RolesAllowed({ APPLICANT, STAFF, Roles.PLATFORM_ADMIN })
    @Operation(operationId = "answerApplicationQuestion", summary = "Answer a question or a clarification request",
            description = "Answering a clarification request returns the application to screening.")
    @APIResponse(responseCode = "200", description = STEP_TAKEN, headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application or question, or not yours")
    @APIResponse(responseCode = "409", description = "The question was already answered, or the application is closed")
    public RestResponse<ApplicationView> answer(@PathParam("id") UUID id, @PathParam("questionId") UUID questionId,
            @Valid @NotNull Answer answer) {
        return ok(applying.answer(id, questionId, answer.answer()));
    }

    @POST
    @Path("/{id}/deferral")
    @RolesAllowed({ STAFF, Roles.PLATFORM_ADMIN })
    @Operation(operationId = "deferApplication",
            summary = "Record that the committee deferred the application to a later session")
    @APIResponse(responseCode = "200", description = STEP_TAKEN, headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = ILLEGAL_STEP)
    public RestResponse<ApplicationView> defer(@PathParam("id") UUID id, @Valid @NotNull Reason reason) {
        return ok(review.defer(id, reason.reason()));
    }

    @POST
    @Path("/{id}/recommendation")
    @RolesAllowed({ STAFF, Roles.PLATFORM_ADMIN })
    @Operation(operationId = "recommendApplication",
            summary = "Record the committee's recommendation (ECOSOC: with a category)")
    @APIResponse(responseCode = "200", description = STEP_TAKEN, headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "A category missing for ECOSOC, or given for DGC")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = ILLEGAL_STEP)
    public RestResponse<ApplicationView> recommend(@PathParam("id") UUID id,
            @Valid @NotNull Recommendation recommendation) {
        return ok(review.recommend(id, recommendation.toCommand()));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({ STAFF, Roles.PLATFORM_ADMIN })
    @Operation(operationId = "decideApplication",
            summary = "Record the decision: granted (after a recommendation) or rejected, with reasons",
            description = "A grant creates the accreditation, or changes its category, and tells the registry.")
    @APIResponse(responseCode = "200", description = STEP_TAKEN, headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = ILLEGAL_STEP)
    public RestResponse<ApplicationView> decide(@PathParam("id") UUID id, @Valid @NotNull Decision decision) {
        return ok(review.decide(id, decision.toCommand()));
    }

    @POST
    @Path("/{id}/reconsideration")
    @RolesAllowed({ APPLICANT, STAFF, Roles.PLATFORM_ADMIN })
    @Operation(operationId = "requestApplicationReconsideration",
            summary = "Ask for a rejected application to be reconsidered (once)")
    @APIResponse(responseCode = "200", description = STEP_TAKEN, headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409",
            description = ILLEGAL_STEP
                    + "; or reconsideration already used, or another application is open on the track")
    public RestResponse<ApplicationView> requestReconsideration(@PathParam("id") UUID id,
            @Valid @NotNull Reason reason) {
        return ok(applying.requestReconsideration(id, reason.reason()));
    }

    private static RestResponse<ApplicationView> ok(VersionedApplication application) {
        return ResponseBuilder.ok(ApplicationView.of(application.application()))
                .header(HttpHeaders.ETAG, application.entityTag()).build();
    }
}
