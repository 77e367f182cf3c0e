package org.civicspace.reprisals.consent.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;
import org.civicspace.reprisals.api.Actors;
import org.civicspace.reprisals.api.Outcomes;
import org.civicspace.reprisals.consent.ConsentService;
import org.civicspace.reprisals.consent.ConsentView;
import org.civicspace.reprisals.consent.domain.ConsentChannel;
import org.civicspace.reprisals.consent.domain.ConsentGiver;
import org.civicspace.reprisals.consent.domain.ConsentScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Informed-consent records of a case's alleged victims. */
@Path("/api/v1/reprisals/cases/{caseId}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OHCHR_CASE_OFFICER, Roles.OHCHR_SUPERVISOR })
@Tag(name = "Consent", description = "Informed consent, withdrawable at any time")
public class ConsentResource {

    private final ConsentService consents;
    private final Caller caller;

    public ConsentResource(ConsentService consents, Caller caller) {
        this.consents = consents;
        this.caller = caller;
    }

    @Schema(name = "ConsentRequest")
    public record ConsentRequest(@NotNull UUID victimId, @NotNull ConsentGiver givenBy,
            @NotNull ConsentChannel channel, @NotEmpty Set<@NotNull ConsentScope> scopes) {
    }

    @POST
    @Operation(summary = "Record informed consent given by or for an alleged victim")
    public Response record(@PathParam("caseId") UUID caseId, @Valid @NotNull ConsentRequest request) {
        return Response.status(201).entity(Outcomes.orProblem(consents.record(Actors.of(caller), caseId,
                request.victimId(), request.givenBy(), request.channel(), request.scopes()))).build();
    }

    @GET
    @Operation(summary = "The consent records of a case, withdrawn ones included")
    public List<ConsentView> list(@PathParam("caseId") UUID caseId) {
        return Outcomes.orProblem(consents.list(Actors.of(caller), caseId));
    }

    @POST
    @Path("/{consentId}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraw consent, effective at once", description = "Withdrawing DOCUMENT erases the "
            + "person's identifying data at once, and the case's when no one's consent to document remains.")
    public ConsentView withdraw(@PathParam("caseId") UUID caseId, @PathParam("consentId") UUID consentId) {
        return Outcomes.orProblem(consents.withdraw(Actors.of(caller), caseId, consentId));
    }
}
