package org.civicspace.reprisals.casefile.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;
import org.civicspace.reprisals.api.Actors;
import org.civicspace.reprisals.casefile.CaseService;
import org.civicspace.reprisals.casefile.CaseSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Critical cases whose first response is overdue. */
@Path("/api/v1/reprisals/first-responses/overdue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OHCHR_CASE_OFFICER, Roles.OHCHR_SUPERVISOR })
@Tag(name = "Cases")
public class FirstResponseResource {

    private final CaseService cases;
    private final Caller caller;

    public FirstResponseResource(CaseService cases, Caller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listOverdueFirstResponses",
            summary = "Critical cases past their first-response deadline, among those you may see")
    public List<CaseSummary> overdue() {
        return cases.overdueFirstResponses(Actors.of(caller));
    }
}
