package org.civicspace.reprisals.casefile.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicspace.platform.web.http.EntityTags;
import org.civicspace.platform.web.paging.Cursor;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.web.problem.ProblemException;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;
import org.civicspace.reprisals.api.Actors;
import org.civicspace.reprisals.api.Outcomes;
import org.civicspace.reprisals.api.Purposes;
import org.civicspace.reprisals.casefile.CaseReport;
import org.civicspace.reprisals.casefile.CaseService;
import org.civicspace.reprisals.casefile.CaseSummary;
import org.civicspace.reprisals.casefile.CaseView;
import org.civicspace.reprisals.casefile.domain.IntakeChannel;
import org.civicspace.reprisals.casefile.persistence.NoteEntity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The case file for OHCHR case officers and supervisors; anyone else, and unassigned officers, get 404. */
@Path("/api/v1/reprisals/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OHCHR_CASE_OFFICER, Roles.OHCHR_SUPERVISOR })
@Tag(name = "Cases", description = "Confidential reprisal case files")
public class CaseResource {

    private static final String PURPOSE_DESCRIPTION = "Why you need identifying data (written to the audit log). "
            + "Without it, names, contacts, locations, the narrative and notes are withheld.";

    private final CaseService cases;
    private final Caller caller;

    public CaseResource(CaseService cases, Caller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Record a case reported to a case officer", description = "The officer is assigned to it.")
    @APIResponse(responseCode = "201", description = "Recorded")
    public Response report(@Valid @NotNull CaseReport report) {
        CaseService.Reported reported = Outcomes.orProblem(
                cases.report(Actors.of(caller), report, IntakeChannel.CASE_OFFICER));
        return Response.created(URI.create("/api/v1/reprisals/cases/" + reported.caseId()))
                .entity(new CaseRequests.CaseCreated(reported.caseId(), reported.reference(),
                        reported.possibleDuplicate()))
                .build();
    }

    @GET
    @Operation(summary = "List the cases you may see", description = "Non-identifying summaries, newest first.")
    public Page<CaseSummary> list(@Valid @BeanParam PageRequest page) {
        Optional<Cursor> cursor = Cursor.decode(page.cursor(), 2);
        Optional<Instant> at = cursor.map(c -> parseInstant(c.key(0)));
        Optional<UUID> id = cursor.map(c -> parseUuid(c.key(1)));
        List<CaseSummary> rows = cases.list(Actors.of(caller), at, id, page.limit() + 1);
        return Page.of(rows, page.limit(), s -> s, s -> Cursor.after(s.reportedAt().toString(), s.id().toString()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a case", description = "Identifying data only with a stated purpose.")
    @APIResponse(responseCode = "404", description = "No such case, or not one you may see")
    public Response read(@PathParam("id") UUID id,
            @Parameter(description = PURPOSE_DESCRIPTION, example = "RISK_ASSESSMENT") @QueryParam("purpose")
            String purpose) {
        CaseView view = Outcomes.orProblem(cases.read(Actors.of(caller), id, Purposes.parse(purpose)));
        return Response.ok(view).header(HttpHeaders.ETAG, EntityTags.of(view.version())).build();
    }

    @POST
    @Path("/{id}/status")
    @Operation(summary = "Move a case through its lifecycle", description = "Send If-Match with the case's ETag.")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status; lists the allowed ones")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CaseRequests.StatusChange change) {
        CaseSummary summary = Outcomes.orProblem(
                cases.changeStatus(Actors.of(caller), id, change.status(), ifMatch));
        return Response.ok(summary).header(HttpHeaders.ETAG, EntityTags.of(summary.version())).build();
    }

    @POST
    @Path("/{id}/assignments")
    @RolesAllowed(Roles.OHCHR_SUPERVISOR)
    @Operation(summary = "Assign a case officer", description = "Beyond the first officer, needs consent "
            + "SHARE_WITHIN_OHCHR.")
    public Response assign(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Assignment assignment) {
        CaseSummary summary = Outcomes.orProblem(cases.assignOfficer(Actors.of(caller), id, assignment.officer()));
        return Response.ok(summary).header(HttpHeaders.ETAG, EntityTags.of(summary.version())).build();
    }

    @POST
    @Path("/{id}/risk-assessments")
    @Operation(summary = "Record a risk assessment", description = "CRITICAL starts the first-response deadline.")
    public Response assessRisk(@PathParam("id") UUID id,
            @Valid @NotNull CaseRequests.RiskAssessmentRequest request) {
        return Response.status(201).entity(Outcomes.orProblem(
                cases.assessRisk(Actors.of(caller), id, request.level(), request.factors()))).build();
    }

    @GET
    @Path("/{id}/risk-assessments")
    @Operation(summary = "Risk assessments of a case, oldest first")
    public List<CaseService.AssessmentView> riskHistory(@PathParam("id") UUID id) {
        return Outcomes.orProblem(cases.riskHistory(Actors.of(caller), id));
    }

    @POST
    @Path("/{id}/measures")
    @Operation(summary = "Record a protective measure or intervention", description = "Refused with 409 "
            + "consent-required when the consent on record does not cover what it discloses.")
    public Response recordMeasure(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.MeasureRequest request) {
        return Response.status(201)
                .entity(Outcomes.orProblem(cases.recordMeasure(Actors.of(caller), id, request.type()))).build();
    }

    @POST
    @Path("/{id}/measures/{measureId}/status")
    @Operation(summary = "Move a measure on", description = "Send If-Match with the case's ETag.")
    public CaseView.MeasureView updateMeasure(@PathParam("id") UUID id, @PathParam("measureId") UUID measureId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CaseRequests.MeasureStatusChange change) {
        return Outcomes.orProblem(
                cases.updateMeasure(Actors.of(caller), id, measureId, change.status(), ifMatch));
    }

    @POST
    @Path("/{id}/follow-up-actions")
    @Operation(summary = "Plan a follow-up action with a due date")
    public Response addFollowUpAction(@PathParam("id") UUID id,
            @Valid @NotNull CaseRequests.FollowUpActionRequest request) {
        return Response.status(201).entity(Outcomes.orProblem(
                cases.addFollowUpAction(Actors.of(caller), id, request.kind(), request.dueOn()))).build();
    }

    @POST
    @Path("/{id}/follow-up-actions/{actionId}/completion")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Mark a follow-up action done")
    public CaseView.FollowUpActionView completeFollowUpAction(@PathParam("id") UUID id,
            @PathParam("actionId") UUID actionId) {
        return Outcomes.orProblem(cases.completeFollowUpAction(Actors.of(caller), id, actionId));
    }

    @POST
    @Path("/{id}/notes")
    @Operation(summary = "Add a note", description = "Encrypted like the rest of the identifying data.")
    public Response addNote(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.NoteRequest note) {
        UUID noteId = Outcomes.orProblem(cases.addNote(Actors.of(caller), id, note.text(), NoteEntity.FROM_OFFICER));
        return Response.status(201).entity(java.util.Map.of("id", noteId)).build();
    }

    @GET
    @Path("/{id}/possible-duplicates")
    @Operation(summary = "Cases you may see that share an exact name or contact with this one",
            description = "Matched through a keyed blind index; no plaintext is compared.")
    public List<UUID> possibleDuplicates(@PathParam("id") UUID id) {
        return Outcomes.orProblem(cases.possibleDuplicates(Actors.of(caller), id));
    }

    @POST
    @Path("/{id}/victims/{victimId}/protection-flag")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Flag a registry-linked person or organisation as under protection",
            description = "Publishes only the registry id, and only with consent SHARE_WITH_UN_ENTITIES.")
    public Response flagProtection(@PathParam("id") UUID id, @PathParam("victimId") UUID victimId) {
        UUID registryId = Outcomes.orProblem(cases.flagProtection(Actors.of(caller), id, victimId));
        return Response.accepted(new CaseRequests.ProtectionFlagPublished(registryId)).build();
    }

    @POST
    @Path("/{id}/annual-report")
    @Operation(summary = "Include the case in the Secretary-General's annual report",
            description = "Needs consent SG_REPORT_NAMED or SG_REPORT_ANONYMOUS.")
    public CaseSummary includeInAnnualReport(@PathParam("id") UUID id,
            @Valid @NotNull CaseRequests.AnnualReportRequest request) {
        return Outcomes.orProblem(cases.includeInAnnualReport(Actors.of(caller), id, request.named()));
    }

    private static Instant parseInstant(String value) {
        try {
            return Instant.parse(value);
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list issued");
        }
    }

    private static UUID parseUuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list issued");
        }
    }
}
