package org.civicspace.accreditation.accreditations.api;

import java.time.LocalDate;
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

import org.civicspace.accreditation.accreditations.api.AccreditationViews.AccreditationView;
import org.civicspace.accreditation.accreditations.api.AccreditationViews.QuadrennialReportView;
import org.civicspace.accreditation.accreditations.api.AccreditationViews.ReportSubmission;
import org.civicspace.accreditation.accreditations.application.AccreditationLifecycle;
import org.civicspace.accreditation.accreditations.application.Accreditations;
import org.civicspace.accreditation.accreditations.application.QuadrennialReports;
import org.civicspace.accreditation.accreditations.domain.AccreditationStatus;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.commons.api.Reason;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accreditations after the grant. Who holds which accreditation is public; changing one is not. */
@Path("/api/v1/accreditation/accreditations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accreditations", description = "Active, suspended and withdrawn accreditations; quadrennial reports")
public class AccreditationResource {

    private final Accreditations accreditations;
    private final AccreditationLifecycle lifecycle;
    private final QuadrennialReports reports;

    public AccreditationResource(Accreditations accreditations, AccreditationLifecycle lifecycle,
            QuadrennialReports reports) {
        this.accreditations = accreditations;
        this.lifecycle = lifecycle;
        this.reports = reports;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listAccreditations", summary = "List accreditations",
            description = "Newest grant first, in cursor pages: pass a page's next as cursor to read the following "
                    + "one.")
    @APIResponse(responseCode = "200", description = "One page of accreditations, newest grant first")
    @APIResponse(responseCode = "400", description = "A track or status that is not one of the values listed, a "
            + "limit outside 1 to 100, or a cursor this list did not issue")
    public Page<AccreditationView> list(
            @QueryParam("organization") @Parameter(description = "Only this organisation's") UUID organizationId,
            @QueryParam("track") @Parameter(description = "Only those on this track") Track track,
            @QueryParam("status") @Parameter(description = "Only those with this status") AccreditationStatus status,
            @Valid @BeanParam PageRequest page) {
        return accreditations.list(organizationId, track, status, page.limit(), page.cursor())
                .map(AccreditationView::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getAccreditation", summary = "Read an accreditation")
    @APIResponse(responseCode = "200", description = "The accreditation")
    @APIResponse(responseCode = "404", description = "No such accreditation")
    public AccreditationView get(@PathParam("id") UUID id) {
        return AccreditationView.of(accreditations.get(id));
    }

    @GET
    @Path("/overdue-reports")
    @RolesAllowed({ Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "listAccreditationsWithOverdueReports",
            summary = "Active accreditations whose quadrennial report is overdue",
            description = "Longest overdue first, in cursor pages: pass a page's next as cursor to read the following "
                    + "one.")
    @APIResponse(responseCode = "200", description = "One page of those overdue, longest overdue first")
    @APIResponse(responseCode = "400", description = "A limit outside 1 to 100, or a cursor this list did not issue")
    public Page<AccreditationView> overdueReports(@Valid @BeanParam PageRequest page) {
        return reports.overdue(LocalDate.now(), page.limit(), page.cursor()).map(AccreditationView::of);
    }

    @GET
    @Path("/{id}/reports")
    @RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "listQuadrennialReports", summary = "The accreditation's quadrennial reports",
            description = "Latest period first, in cursor pages: pass a page's next as cursor to read the following "
                    + "one. For the organisation's own representatives and staff.")
    @APIResponse(responseCode = "200",
            description = "One page of the reports submitted, latest period first; no items when none")
    @APIResponse(responseCode = "400", description = "A limit outside 1 to 100, or a cursor this list did not issue")
    @APIResponse(responseCode = "403", description = "Not your organisation's accreditation")
    @APIResponse(responseCode = "404", description = "No such accreditation")
    public Page<QuadrennialReportView> reports(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return reports.list(id, page.limit(), page.cursor()).map(QuadrennialReportView::of);
    }

    @GET
    @Path("/{id}/reports/{reportId}")
    @RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "getQuadrennialReport", summary = "Read a quadrennial report",
            description = "For the organisation's own representatives and staff.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "403", description = "Not your organisation's accreditation")
    @APIResponse(responseCode = "404", description = "No such accreditation, or no such report of it")
    public QuadrennialReportView report(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId) {
        return QuadrennialReportView.of(reports.get(id, reportId));
    }

    @POST
    @Path("/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "submitQuadrennialReport", summary = "Submit the quadrennial report",
            description = "The next one falls due four years later.")
    @APIResponse(responseCode = "200", description = "Received; the accreditation with its next report due")
    @APIResponse(responseCode = "403", description = "Not your organisation's accreditation")
    @APIResponse(responseCode = "404", description = "No such accreditation")
    @APIResponse(responseCode = "409", description = "The accreditation owes no quadrennial report, or was withdrawn")
    public AccreditationView submitReport(@PathParam("id") UUID id, @Valid @NotNull ReportSubmission report) {
        return AccreditationView.of(reports.submit(id, report.toCommand()));
    }

    @POST
    @Path("/{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "suspendAccreditation", summary = "Suspend an accreditation",
            description = "Revokes all its grounds passes.")
    @APIResponse(responseCode = "200", description = "Suspended")
    @APIResponse(responseCode = "404", description = "No such accreditation")
    @APIResponse(responseCode = "409", description = "Not active; lists currentState and allowedNextStates")
    public AccreditationView suspend(@PathParam("id") UUID id, @Valid @NotNull Reason reason) {
        return AccreditationView.of(lifecycle.suspend(id, reason.reason()));
    }

    @POST
    @Path("/{id}/reinstatement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "reinstateAccreditation", summary = "Reinstate a suspended accreditation")
    @APIResponse(responseCode = "200", description = "Active again")
    @APIResponse(responseCode = "404", description = "No such accreditation")
    @APIResponse(responseCode = "409", description = "Not suspended; lists currentState and allowedNextStates")
    public AccreditationView reinstate(@PathParam("id") UUID id, @Valid @NotNull Reason reason) {
        return AccreditationView.of(lifecycle.reinstate(id, reason.reason()));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "withdrawAccreditation", summary = "Withdraw an accreditation",
            description = "By staff, or by the organisation itself. Revokes all its grounds passes.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "403", description = "Not your organisation's accreditation")
    @APIResponse(responseCode = "404", description = "No such accreditation")
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    public AccreditationView withdraw(@PathParam("id") UUID id, @Valid @NotNull Reason reason) {
        return AccreditationView.of(lifecycle.withdraw(id, reason.reason()));
    }
}
