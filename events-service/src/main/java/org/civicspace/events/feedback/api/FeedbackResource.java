package org.civicspace.events.feedback.api;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.events.feedback.api.FeedbackViews.FeedbackComment;
import org.civicspace.events.feedback.api.FeedbackViews.FeedbackRequest;
import org.civicspace.events.feedback.api.FeedbackViews.FeedbackSummary;
import org.civicspace.events.feedback.application.Feedback;
import org.civicspace.events.feedback.application.SurveyComment;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.web.paging.TimeAndId;
import org.civicspace.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The survey after a meeting: attendees answer it, everyone reads its results, staff read its comments. */
@Path("/api/v1/events/events/{eventId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registration", description = "Seats, waiting lists, invitations, attendance and feedback")
public class FeedbackResource {

    private final Feedback feedback;

    public FeedbackResource(Feedback feedback) {
        this.feedback = feedback;
    }

    @POST
    @Path("/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "submitEventFeedback", summary = "Answer the survey after the event",
            description = "With the check-in code of your badge.")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid, with the fields named")
    @APIResponse(responseCode = "403", description = "The check-in code is not an attendee's of this event")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "The survey is not open yet, or this attendee already answered")
    public void submitFeedback(@PathParam("eventId") UUID eventId, @Valid @NotNull FeedbackRequest request) {
        feedback.submit(eventId, request.answer());
    }

    @GET
    @Path("/feedback")
    @PermitAll
    @Operation(operationId = "getEventFeedbackSummary", summary = "The survey's results, aggregated",
            description = "Public for every event but a draft, whose results (like the draft itself) only staff and "
                    + "the leading CSO read; the comments are for DGC staff only (listEventFeedbackComments).")
    @APIResponse(responseCode = "200", description = "Counts and averages; no comments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FeedbackSummary.class)))
    @APIResponse(responseCode = "404", description = "No such event, or a draft you do not organise")
    public FeedbackSummary feedbackSummary(@PathParam("eventId") UUID eventId) {
        return FeedbackSummary.of(feedback.summary(eventId));
    }

    @GET
    @Path("/feedback/comments")
    @RolesAllowed({ Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "listEventFeedbackComments", summary = "The survey's comments, oldest first",
            description = "For DGC staff. Each answer that has a comment, with its ratings; never who gave it.")
    @APIResponse(responseCode = "200", description = "A page of answers; next reads on")
    @APIResponse(responseCode = "400", description = "limit outside 1 to 100, or a cursor this list did not issue")
    @APIResponse(responseCode = "404", description = "No such event")
    public Page<FeedbackComment> feedbackComments(@PathParam("eventId") UUID eventId,
            @Valid @BeanParam PageRequest page) {
        Optional<TimeAndId> after = TimeAndId.of(page.cursor());
        List<SurveyComment> rows = feedback.comments(eventId, after.map(TimeAndId::at), after.map(TimeAndId::id),
                page.limit() + 1);
        return Page.of(rows, page.limit(), FeedbackComment::of, c -> TimeAndId.after(c.submittedAt(), c.id()));
    }
}
