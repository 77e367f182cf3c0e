package org.civicspace.events.proposal.api;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.events.proposal.api.ProposalViews.Decision;
import org.civicspace.events.proposal.api.ProposalViews.NewProposal;
import org.civicspace.events.proposal.api.ProposalViews.ProposalView;
import org.civicspace.events.proposal.application.Proposal;
import org.civicspace.events.proposal.application.Proposals;
import org.civicspace.events.proposal.domain.ProposalState;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.web.paging.TimeAndId;
import org.civicspace.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

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
    @Operation(operationId = "submitProposal", summary = "Propose a briefing",
            description = "Only organisations with an active DGC association.")
    @APIResponse(responseCode = "201", description = "The submitted proposal",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "400", description = "Invalid, with the fields named")
    @APIResponse(responseCode = "403", description = "Not acting for the organisation, or the organisation has no "
            + "active DGC association")
    public RestResponse<ProposalView> submit(@Valid @NotNull NewProposal proposal) {
        ProposalView view = ProposalView.of(proposals.submit(proposal.submission()));
        return RestResponse.ResponseBuilder.<ProposalView> created(URI.create("/api/v1/events/proposals/" + view.id()))
                .entity(view).build();
    }

    @GET
    @Operation(operationId = "listProposals", summary = "Proposals, newest first: staff see all, a CSO its own")
    @APIResponse(responseCode = "200", description = "A page of proposals; next reads on")
    @APIResponse(responseCode = "400", description = "A state that is not one of the values listed (the problem names "
            + "the parameter), limit outside 1 to 100, or a cursor this list did not issue")
    @APIResponse(responseCode = "403", description = "Your account represents no organisation")
    public Page<ProposalView> list(
            @Parameter(description = "Only proposals in this state", example = "submitted")
            @QueryParam("state") ProposalState state,
            @Valid @BeanParam PageRequest page) {
        Optional<TimeAndId> before = TimeAndId.of(page.cursor());
        List<Proposal> rows = proposals.list(state, before.map(TimeAndId::at), before.map(TimeAndId::id),
                page.limit() + 1);
        return Page.of(rows, page.limit(), ProposalView::of, p -> TimeAndId.after(p.submittedAt(), p.id()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProposal", summary = "Read a proposal")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "404", description = "No such proposal, or not your organisation's")
    public ProposalView get(@PathParam("id") UUID id) {
        return ProposalView.of(proposals.get(id));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DGC_OFFICER, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Review a proposal: under-review, accepted (a draft event led by the CSO), rejected with a "
            + "reason, or duplicate of another", operationId = "decideProposal")
    @APIResponse(responseCode = "200", description = "The proposal in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "400", description = "A state that is not one of the values listed, a rejection "
            + "without a reason, or a duplicate without the proposal it repeats; the problem names the field")
    @APIResponse(responseCode = "404", description = "No such proposal")
    @APIResponse(responseCode = "409", description = "Not allowed from the current state; lists the allowed next "
            + "states")
    public ProposalView decide(@PathParam("id") UUID id, @Valid @NotNull Decision decision) {
        return ProposalView.of(proposals.decide(id, decision.review()));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Operation(operationId = "withdrawProposal", summary = "Withdraw your proposal")
    @APIResponse(responseCode = "200", description = "The withdrawn proposal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "404", description = "No such proposal, or not your organisation's")
    @APIResponse(responseCode = "409", description = "Not allowed from the current state; lists the allowed next "
            + "states")
    public ProposalView withdraw(@PathParam("id") UUID id) {
        return ProposalView.of(proposals.withdraw(id));
    }
}
