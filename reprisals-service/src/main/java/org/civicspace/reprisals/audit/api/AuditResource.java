package org.civicspace.reprisals.audit.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.platform.web.paging.Cursor;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.web.problem.ProblemException;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;
import org.civicspace.reprisals.audit.application.AuditService;
import org.civicspace.reprisals.commons.api.Actors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, for supervisors: read it, and verify that no entry was changed or removed. */
@Path("/api/v1/reprisals/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OHCHR_SUPERVISOR)
@Tag(name = "Audit", description = "The append-only, hash-chained log of every read and write of a case")
public class AuditResource {

    private final AuditService audit;
    private final Caller caller;

    public AuditResource(AuditService audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listAuditLogEntries", summary = "Read the audit log, oldest first, optionally for one "
            + "case")
    @APIResponse(responseCode = "200", description = "A page of entries; next reads on")
    @APIResponse(responseCode = "400", description = "limit outside 1 to 100, or a cursor this list did not issue")
    public Page<AuditService.Entry> entries(@QueryParam("caseId") UUID caseId, @Valid @BeanParam PageRequest page) {
        long after = Cursor.decode(page.cursor(), 1).map(c -> parse(c.key(0))).orElse(0L);
        List<AuditService.Entry> rows = audit.entries(Actors.of(caller), Optional.ofNullable(caseId), after,
                page.limit() + 1);
        return Page.of(rows, page.limit(), e -> e, e -> Cursor.after(Long.toString(e.sequence())));
    }

    @POST
    @Path("/verification")
    @Operation(operationId = "verifyAuditLog", summary = "Recompute the hash chain",
            description = "intact is false, with the first broken entry, when any entry was altered, removed or "
                    + "reordered.")
    public AuditService.Verification verify() {
        return audit.verify(Actors.of(caller));
    }

    private static long parse(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list issued");
        }
    }
}
