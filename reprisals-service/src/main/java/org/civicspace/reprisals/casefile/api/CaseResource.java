package org.civicspace.reprisals.casefile.api;

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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.platform.web.http.EntityTags;
import org.civicspace.platform.web.paging.Cursor;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.web.paging.TimeAndId;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;
import org.civicspace.reprisals.casefile.application.CaseAssignments;
import org.civicspace.reprisals.casefile.application.CaseDisclosures;
import org.civicspace.reprisals.casefile.application.CaseIntake;
import org.civicspace.reprisals.casefile.application.CaseNotes;
import org.civicspace.reprisals.casefile.application.CaseReading;
import org.civicspace.reprisals.casefile.application.CaseReport;
import org.civicspace.reprisals.casefile.application.CaseStatusChanges;
import org.civicspace.reprisals.casefile.application.CaseSummary;
import org.civicspace.reprisals.casefile.application.CaseView;
import org.civicspace.reprisals.casefile.application.FollowUpActions;
import org.civicspace.reprisals.casefile.application.ProtectiveMeasures;
import org.civicspace.reprisals.casefile.application.RiskAssessments;
import org.civicspace.reprisals.casefile.domain.IntakeChannel;
import org.civicspace.reprisals.casefile.domain.NoteSource;
import org.civicspace.reprisals.commons.api.Actors;
import org.civicspace.reprisals.commons.domain.Purpose;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The case file for OHCHR case officers and supervisors; anyone else, and unassigned officers, get 404. */
@Path("/api/v1/reprisals/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OHCHR_CASE_OFFICER, Roles.OHCHR_SUPERVISOR })
@Tag(name = "Cases", description = "Confidential reprisal case files")
public class CaseResource {

    private static final String PURPOSE_DESCRIPTION = "Why you need identifying data (written to the audit log). "
            + "Without it, names, contacts, locations, the narrative and notes are withheld.";

    private static final String NO_CASE = "No such case, or not one you may see";
    private static final String CONSENT_REQUIRED = "consent-required: the consent on record does not cover this "
            + "disclosure; names the missing scope and the persons concerned";

    private final CaseIntake intake;
    private final CaseReading reading;
    private final CaseStatusChanges statusChanges;
    private final CaseAssignments assignments;
    private final RiskAssessments risks;
    private final ProtectiveMeasures measures;
    private final FollowUpActions followUps;
    private final CaseNotes notes;
    private final CaseDisclosures disclosures;
    private final Caller caller;

    public CaseResource(CaseIntake intake, CaseReading reading, CaseStatusChanges statusChanges,
            CaseAssignments assignments, RiskAssessments risks, ProtectiveMeasures measures,
            FollowUpActions followUps, CaseNotes notes, CaseDisclosures disclosures, Caller caller) {
        this.intake = intake;
        this.reading = reading;
        this.statusChanges = statusChanges;
        this.assignments = assignments;
        this.risks = risks;
        this.measures = measures;
        this.followUps = followUps;
        this.notes = notes;
        this.disclosures = disclosures;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "openCase", summary = "Record a case reported to a case officer",
            description = "The officer is assigned to it.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseRequests.CaseCreated.class)))
    @APIResponse(responseCode = "400", description = "Invalid, with the fields named; consent.scopes must include "
            + "document")
    public RestResponse<CaseRequests.CaseCreated> report(@Valid @NotNull CaseReport report) {
        CaseIntake.Reported reported = 
                intake.report(Actors.of(caller), report, IntakeChannel.CASE_OFFICER).orThrow();
        return RestResponse.ResponseBuilder.<CaseRequests.CaseCreated> created(
                URI.create("/api/v1/reprisals/cases/" + reported.caseId()))
                .entity(new CaseRequests.CaseCreated(reported.caseId(), reported.reference(),
                        reported.possibleDuplicate()))
                .build();
    }

    @GET
    @Operation(operationId = "listCases", summary = "List the cases you may see",
            description = "Non-identifying summaries, newest first.")
    @APIResponse(responseCode = "200", description = "A page of summaries; next reads on")
    @APIResponse(responseCode = "400", description = "limit outside 1 to 100, or a cursor this list did not issue")
    public Page<CaseSummary> list(@Valid @BeanParam PageRequest page) {
        Optional<TimeAndId> after = TimeAndId.of(page.cursor());
        List<CaseSummary> rows = reading.list(Actors.of(caller), after.map(TimeAndId::at),
                after.map(TimeAndId::id), page.limit() + 1);
        return Page.of(rows, page.limit(), s -> s, s -> TimeAndId.after(s.reportedAt(), s.id()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCase", summary = "Read a case",
            description = "Identifying data only with a stated purpose.")
    @APIResponse(responseCode = "200", description = "The case; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Not a known purpose")
    @APIResponse(responseCode = "404", description = NO_CASE)
    public RestResponse<CaseView> read(@PathParam("id") UUID id,
            @Parameter(description = PURPOSE_DESCRIPTION, example = "risk-assessment") @QueryParam("purpose")
            Purpose purpose) {
        CaseView view = reading.read(Actors.of(caller), id, Optional.ofNullable(purpose)).orThrow();
        return RestResponse.ResponseBuilder.ok(view).header(HttpHeaders.ETAG, EntityTags.of(view.version())).build();
    }

    @POST
    @Path("/{id}/status")
    @Operation(operationId = "changeCaseStatus", summary = "Move a case through its lifecycle",
            description = "Send If-Match with the case's ETag.")
    @APIResponse(responseCode = "200", description = "The case in its new status",
            headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseSummary.class)))
    @APIResponse(responseCode = "404", description = NO_CASE)
    @APIResponse(responseCode = "409", description = "Not allowed from the current status; lists the allowed ones")
    @APIResponse(responseCode = "412", description = "If-Match names another version; the problem gives the current "
            + "ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<CaseSummary> changeStatus(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CaseRequests.StatusChange change) {
        CaseSummary summary = 
                statusChanges.changeStatus(Actors.of(caller), id, change.status(), ifMatch).orThrow();
        return withEntityTag(summary);
    }

    @POST
    @Path("/{id}/assignments")
    @RolesAllowed(Roles.OHCHR_SUPERVISOR)
    @Operation(operationId = "assignCaseOfficer", summary = "Assign a case officer",
            description = "Beyond the first officer, needs consent share-within-ohchr.")
    @APIResponse(responseCode = "200", description = "The case, assigned",
            headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseSummary.class)))
    @APIResponse(responseCode = "404", description = NO_CASE)
    @APIResponse(responseCode = "409", description = CONSENT_REQUIRED)
    public RestResponse<CaseSummary> assign(@PathParam("id") UUID id,
            @Valid @NotNull CaseRequests.Assignment assignment) {
        return withEntityTag(
                assignments.assignOfficer(Actors.of(caller), id, assignment.officer()).orThrow());
    }

    @POST
    @Path("/{id}/risk-assessments")
    @Operation(operationId = "assessCaseRisk", summary = "Record a risk assessment",
            description = "A level of critical starts the first-response deadline.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RiskAssessments.AssessmentView.class)))
    @APIResponse(responseCode = "404", description = NO_CASE)
    public RestResponse<RiskAssessments.AssessmentView> assessRisk(@PathParam("id") UUID id,
            @Valid @NotNull CaseRequests.RiskAssessmentRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, 
                risks.assessRisk(Actors.of(caller), id, request.level(), request.factors()).orThrow());
    }

    @GET
    @Path("/{id}/risk-assessments")
    @Operation(operationId = "listCaseRiskAssessments", summary = "Risk assessments of a case, oldest first")
    @APIResponse(responseCode = "200", description = "A page of assessments, oldest first; next reads on")
    @APIResponse(responseCode = "400", description = "limit outside 1 to 100, or a cursor this list did not issue")
    @APIResponse(responseCode = "404", description = NO_CASE)
    public Page<RiskAssessments.AssessmentView> riskHistory(@PathParam("id") UUID id,
            @Valid @BeanParam PageRequest page) {
        Optional<TimeAndId> after = TimeAndId.of(page.cursor());
        List<RiskAssessments.AssessmentView> rows = risks.riskHistory(Actors.of(caller), id,
                after.map(TimeAndId::at), after.map(TimeAndId::id), page.limit() + 1).orThrow();
        return Page.of(rows, page.limit(), a -> a, a -> TimeAndId.after(a.assessedAt(), a.id()));
    }

    @POST
    @Path("/{id}/measures")
    @Operation(operationId = "recordProtectiveMeasure", summary = "Record a protective measure or intervention",
            description = "Refused with 409 consent-required when the consent on record does not cover what it "
                    + "discloses.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseView.MeasureView.class)))
    @APIResponse(responseCode = "404", description = NO_CASE)
    @APIResponse(responseCode = "409", description = CONSENT_REQUIRED)
    public RestResponse<CaseView.MeasureView> recordMeasure(@PathParam("id") UUID id,
            @Valid @NotNull CaseRequests.MeasureRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED,
                measures.recordMeasure(Actors.of(caller), id, request.type()).orThrow());
    }

    @POST
    @Path("/{id}/measures/{measureId}/status")
    @Operation(operationId = "changeProtectiveMeasureStatus", summary = "Move a measure on",
            description = "Send If-Match with the case's ETag.")
    @APIResponse(responseCode = "200", description = "The measure in its new status; the ETag is the case's new "
            + "version", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseView.MeasureView.class)))
    @APIResponse(responseCode = "404", description = "No such case or measure, or not one you may see")
    @APIResponse(responseCode = "409", description = "Not allowed from the measure's current status (lists the "
            + "allowed ones), or " + CONSENT_REQUIRED)
    @APIResponse(responseCode = "412", description = "If-Match names another version of the case; the problem gives "
            + "the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<CaseView.MeasureView> updateMeasure(@PathParam("id") UUID id,
            @PathParam("measureId") UUID measureId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CaseRequests.MeasureStatusChange change) {
        ProtectiveMeasures.MeasureUpdated updated = 
                measures.updateMeasure(Actors.of(caller), id, measureId, change.status(), ifMatch).orThrow();
        return RestResponse.ResponseBuilder.ok(updated.measure())
                .header(HttpHeaders.ETAG, EntityTags.of(updated.caseVersion())).build();
    }

    @POST
    @Path("/{id}/follow-up-actions")
    @Operation(operationId = "planCaseFollowUpAction", summary = "Plan a follow-up action with a due date")
    @APIResponse(responseCode = "201", description = "Planned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseView.FollowUpActionView.class)))
    @APIResponse(responseCode = "404", description = NO_CASE)
    public RestResponse<CaseView.FollowUpActionView> addFollowUpAction(@PathParam("id") UUID id,
            @Valid @NotNull CaseRequests.FollowUpActionRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, 
                followUps.addFollowUpAction(Actors.of(caller), id, request.kind(), request.dueOn()).orThrow());
    }

    @POST
    @Path("/{id}/follow-up-actions/{actionId}/completion")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "completeCaseFollowUpAction", summary = "Mark a follow-up action done")
    @APIResponse(responseCode = "200", description = "The action, done")
    @APIResponse(responseCode = "404", description = "No such case or action, or not one you may see")
    public CaseView.FollowUpActionView completeFollowUpAction(@PathParam("id") UUID id,
            @PathParam("actionId") UUID actionId) {
        return followUps.completeFollowUpAction(Actors.of(caller), id, actionId).orThrow();
    }

    @POST
    @Path("/{id}/notes")
    @Operation(operationId = "addCaseNote", summary = "Add a note",
            description = "Encrypted like the rest of the identifying data.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseRequests.NoteAdded.class)))
    @APIResponse(responseCode = "404", description = NO_CASE)
    @APIResponse(responseCode = "409", description = "The case's identifying data was erased; nothing more can be "
            + "recorded in it")
    public RestResponse<CaseRequests.NoteAdded> addNote(@PathParam("id") UUID id,
            @Valid @NotNull CaseRequests.NoteRequest note) {
        UUID noteId = notes.addNote(Actors.of(caller), id, note.text(), NoteSource.CASE_OFFICER).orThrow();
        return RestResponse.status(RestResponse.Status.CREATED, new CaseRequests.NoteAdded(noteId));
    }

    @GET
    @Path("/{id}/possible-duplicates")
    @Operation(operationId = "listPossibleDuplicateCases",
            summary = "Cases you may see that share an exact name or contact with this one",
            description = "Matched through a keyed blind index; no plaintext is compared.")
    @APIResponse(responseCode = "200", description = "A page of those cases, by id; next reads on")
    @APIResponse(responseCode = "400", description = "limit outside 1 to 100, or a cursor this list did not issue")
    @APIResponse(responseCode = "404", description = NO_CASE)
    public Page<CaseRequests.PossibleDuplicate> possibleDuplicates(@PathParam("id") UUID id,
            @Valid @BeanParam PageRequest page) {
        List<UUID> rows = reading.possibleDuplicates(Actors.of(caller), id,
                Cursor.decode(page.cursor(), 1).map(c -> c.key(0, UUID::fromString)), page.limit() + 1).orThrow();
        return Page.of(rows, page.limit(), CaseRequests.PossibleDuplicate::new,
                duplicate -> Cursor.after(duplicate.toString()));
    }

    @POST
    @Path("/{id}/victims/{victimId}/protection-flag")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "flagVictimUnderProtection",
            summary = "Flag a registry-linked person or organisation as under protection",
            description = "Publishes only the registry id, and only with consent share-with-un-entities.")
    @APIResponse(responseCode = "202", description = "The flag is being published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseRequests.ProtectionFlagPublished.class)))
    @APIResponse(responseCode = "404", description = "No such case or victim, or not one you may see")
    @APIResponse(responseCode = "409", description = "The victim is not linked to the registry, or "
            + CONSENT_REQUIRED)
    public RestResponse<CaseRequests.ProtectionFlagPublished> flagProtection(@PathParam("id") UUID id,
            @PathParam("victimId") UUID victimId) {
        UUID registryId = disclosures.flagProtection(Actors.of(caller), id, victimId).orThrow();
        return RestResponse.accepted(new CaseRequests.ProtectionFlagPublished(registryId));
    }

    @POST
    @Path("/{id}/annual-report")
    @Operation(operationId = "includeCaseInAnnualReport",
            summary = "Include the case in the Secretary-General's annual report",
            description = "Needs consent sg-report-named or sg-report-anonymous.")
    @APIResponse(responseCode = "200", description = "The case, included",
            headers = @Header(name = "ETag", ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseSummary.class)))
    @APIResponse(responseCode = "404", description = NO_CASE)
    @APIResponse(responseCode = "409", description = CONSENT_REQUIRED)
    public RestResponse<CaseSummary> includeInAnnualReport(@PathParam("id") UUID id,
            @Valid @NotNull CaseRequests.AnnualReportRequest request) {
        return withEntityTag(
                disclosures.includeInAnnualReport(Actors.of(caller), id, request.named()).orThrow());
    }

    private static RestResponse<CaseSummary> withEntityTag(CaseSummary summary) {
        return RestResponse.ResponseBuilder.ok(summary).header(HttpHeaders.ETAG, EntityTags.of(summary.version()))
                .build();
    }
}
