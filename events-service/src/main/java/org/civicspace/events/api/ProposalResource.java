package org.civicspace.events.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicspace.events.api.ProposalViews.Decision;
import org.civicspace.events.api.ProposalViews.NewProposal;
import org.civicspace.events.api.ProposalViews.ProposalView;
import org.civicspace.events.service.Proposals;
import org.civicspace.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Briefings proposed by CSOs associated with DGC. */
@Path("/api/v1/events/proposals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
@SecurityRequirement(name = "keycloak")
@Tag(name = "Proposals", description = "Briefings proposed by associated CSOs")
public class ProposalResource {

    private final Proposals proposals;

    public ProposalResource(Proposals proposals) {
        this.proposals = proposals;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a briefing", description = "Only organisations with an active DGC association.")
    public Response submit(@Valid @NotNull NewProposal proposal) {
        ProposalView view = proposals.submit(proposal);
        return Response.created(URI.create("/api/v1/events/proposals/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "Proposals: staff see all, a CSO its own")
    public List<ProposalView> list(@QueryParam("state") @Pattern(regexp = "[a-z-]{1,20}") String state) {
        return proposals.list(state);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a proposal")
    public ProposalView get(@PathParam("id") UUID id) {
        return proposals.get(id);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Review a proposal: under-review, accepted (a draft event led by the CSO), rejected with a "
            + "reason, or duplicate of another")
    public ProposalView decide(@PathParam("id") UUID id, @Valid @NotNull Decision decision) {
        return proposals.decide(id, decision);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Operation(summary = "Withdraw your proposal")
    public ProposalView withdraw(@PathParam("id") UUID id) {
        return proposals.withdraw(id);
    }
}
