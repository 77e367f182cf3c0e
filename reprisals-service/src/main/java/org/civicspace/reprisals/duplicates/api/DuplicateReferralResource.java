package org.civicspace.reprisals.duplicates.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.web.paging.TimeAndId;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;
import org.civicspace.reprisals.commons.api.Actors;
import org.civicspace.reprisals.duplicates.application.DuplicateReferrals;
import org.civicspace.reprisals.duplicates.domain.ReferralDecision;
import org.civicspace.reprisals.duplicates.domain.ReferralStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Possible duplicates across need-to-know, for supervisors only. */
@Path("/api/v1/reprisals/duplicate-referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OHCHR_SUPERVISOR)
@Tag(name = "Duplicate referrals", description = "Cases that share a name or contact with a case their reporter may "
        + "not see; supervisors decide whether to link them")
public class DuplicateReferralResource {

    private final DuplicateReferrals referrals;
    private final Caller caller;

    public DuplicateReferralResource(DuplicateReferrals referrals, Caller caller) {
        this.referrals = referrals;
        this.caller = caller;
    }

    @Schema(name = "DuplicateReferralDecision")
    public record Decision(@NotNull ReferralDecision status) {
    }

    @GET
    @Operation(operationId = "listDuplicateReferrals", summary = "List referred possible duplicates, oldest first")
    @APIResponse(responseCode = "200", description = "A page of referrals; next reads on")
    @APIResponse(responseCode = "400", description = "Not a known status, limit outside 1 to 100, or a cursor this "
            + "list did not issue")
    public Page<DuplicateReferrals.Referral> list(
            @Parameter(description = "The referrals in this status") @QueryParam("status") @DefaultValue("open")
            ReferralStatus status, @Valid @BeanParam PageRequest page) {
        Optional<TimeAndId> after = TimeAndId.of(page.cursor());
        List<DuplicateReferrals.Referral> rows = referrals.list(Actors.of(caller), status,
                after.map(TimeAndId::at), after.map(TimeAndId::id), page.limit() + 1);
        return Page.of(rows, page.limit(), r -> r, r -> TimeAndId.after(r.referredAt(), r.id()));
    }

    @POST
    @Path("/{id}/decision")
    @Operation(operationId = "decideDuplicateReferral", summary = "Link the two cases or dismiss the referral")
    @APIResponse(responseCode = "200", description = "The referral, decided")
    @APIResponse(responseCode = "400", description = "status is not linked or dismissed")
    @APIResponse(responseCode = "404", description = "No such referral")
    @APIResponse(responseCode = "409", description = "Already decided; lists the allowed next statuses")
    public DuplicateReferrals.Referral decide(@PathParam("id") UUID id, @Valid @NotNull Decision decision) {
        return referrals.decide(Actors.of(caller), id, decision.status().status()).orThrow();
    }
}
