package org.civicspace.reprisals.consent.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.web.paging.TimeAndId;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;
import org.civicspace.reprisals.commons.api.Actors;
import org.civicspace.reprisals.consent.application.ConsentService;
import org.civicspace.reprisals.consent.application.ConsentView;
import org.civicspace.reprisals.consent.domain.ConsentChannel;
import org.civicspace.reprisals.consent.domain.ConsentGiver;
import org.civicspace.reprisals.consent.domain.ConsentScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

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
    @Operation(operationId = "recordConsent", summary = "Record informed consent given by or for an alleged victim")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = "No such case or victim, or not one you may see")
    public RestResponse<ConsentView> record(@PathParam("caseId") UUID caseId,
            @Valid @NotNull ConsentRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, consents.record(
                Actors.of(caller), caseId, request.victimId(), request.givenBy(), request.channel(),
                request.scopes()).orThrow());
    }

    @GET
    @Operation(operationId = "listCaseConsents", summary = "The consent records of a case, withdrawn ones included")
    @APIResponse(responseCode = "200", description = "A page of consent records, oldest first; next reads on")
    @APIResponse(responseCode = "400", description = "limit outside 1 to 100, or a cursor this list did not issue")
    @APIResponse(responseCode = "404", description = "No such case, or not one you may see")
    public Page<ConsentView> list(@PathParam("caseId") UUID caseId, @Valid @BeanParam PageRequest page) {
        Optional<TimeAndId> after = TimeAndId.of(page.cursor());
        List<ConsentView> rows = consents.list(Actors.of(caller), caseId,
                after.map(TimeAndId::at), after.map(TimeAndId::id), page.limit() + 1).orThrow();
        return Page.of(rows, page.limit(), c -> c, c -> TimeAndId.after(c.givenAt(), c.id()));
    }

    @POST
    @Path("/{consentId}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "withdrawConsent", summary = "Withdraw consent, effective at once",
            description = "Withdrawing document erases the person's identifying data at once, and the case's when no "
                    + "one's consent to document remains.")
    @APIResponse(responseCode = "200", description = "The consent, withdrawn; withdrawing again changes nothing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = "No such case or consent record, or not one you may see")
    public ConsentView withdraw(@PathParam("caseId") UUID caseId, @PathParam("consentId") UUID consentId) {
        return consents.withdraw(Actors.of(caller), caseId, consentId).orThrow();
    }
}
