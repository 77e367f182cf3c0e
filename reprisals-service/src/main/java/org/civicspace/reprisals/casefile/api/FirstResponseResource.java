package org.civicspace.reprisals.casefile.api;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.web.paging.TimeAndId;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;
import org.civicspace.reprisals.casefile.application.CaseReading;
import org.civicspace.reprisals.casefile.application.CaseSummary;
import org.civicspace.reprisals.commons.api.Actors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Critical cases whose first response is overdue. */
@Path("/api/v1/reprisals/first-responses/overdue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OHCHR_CASE_OFFICER, Roles.OHCHR_SUPERVISOR })
@Tag(name = "Cases")
public class FirstResponseResource {

    private final CaseReading cases;
    private final Caller caller;

    public FirstResponseResource(CaseReading cases, Caller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listOverdueFirstResponses",
            summary = "Critical cases past their first-response deadline, among those you may see",
            description = "The longest overdue first.")
    @APIResponse(responseCode = "200", description = "A page of case summaries; next reads on")
    @APIResponse(responseCode = "400", description = "limit outside 1 to 100, or a cursor this list did not issue")
    public Page<CaseSummary> overdue(@Valid @BeanParam PageRequest page) {
        Optional<TimeAndId> after = TimeAndId.of(page.cursor());
        List<CaseSummary> rows = cases.overdueFirstResponses(Actors.of(caller), after.map(TimeAndId::at),
                after.map(TimeAndId::id), page.limit() + 1);
        return Page.of(rows, page.limit(), s -> s, s -> TimeAndId.after(s.firstResponseDueAt(), s.id()));
    }
}
