package org.civicspace.reprisals.intake.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.reprisals.intake.application.IntakeService;
import org.civicspace.reprisals.intake.application.SecureReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The secure intake: open without an account (people at risk may have none), limited per client address (see
 * {@link IntakeRateLimitFilter}), and
 * answering only with a reference and a follow-up secret; follow-ups with both see a coarse status, nothing more.
 */
@Path("/api/v1/reprisals/intake")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Secure intake", description = "Report reprisals without an account, and follow up")
public class IntakeResource {

    private static final String NO_MATCH = "No case with this reference and secret";
    private static final String TOO_MANY = "Too many requests from this address; see Retry-After";

    private final IntakeService intake;

    public IntakeResource(IntakeService intake) {
        this.intake = intake;
    }

    @Schema(name = "FollowUpCredentials")
    public record Credentials(
            @Schema(example = "RC-7K3QD-9XW2M") @NotBlank @Size(max = 40) String reference,
            @Schema(example = "q5nN0xYd4Ay0Kt0mWc7bVjPp7fQqQk7f2cXy3wQd9ZE") @NotBlank @Size(max = 100) String secret) {
    }

    @Schema(name = "FollowUp")
    public record FollowUp(
            @Schema(example = "RC-7K3QD-9XW2M") @NotBlank @Size(max = 40) String reference,
            @Schema(example = "q5nN0xYd4Ay0Kt0mWc7bVjPp7fQqQk7f2cXy3wQd9ZE") @NotBlank @Size(max = 100) String secret,
            @Schema(example = "The questioning happened again last week.") @NotBlank @Size(max = 20000)
            String information) {
    }

    @POST
    @Operation(operationId = "submitIntakeReport", summary = "Report reprisals",
            description = "Returns the case reference and a follow-up secret, shown this once only: keep both to "
                    + "follow up.")
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IntakeService.Receipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid, with the fields named; consent.scopes must include "
            + "document")
    @APIResponse(responseCode = "429", description = TOO_MANY)
    public RestResponse<IntakeService.Receipt> submit(@Valid @NotNull SecureReport report) {
        return RestResponse.status(RestResponse.Status.CREATED, intake.submit(report).orThrow());
    }

    @POST
    @Path("/follow-ups")
    @Operation(operationId = "addIntakeFollowUp", summary = "Add information to a reported case",
            description = "Needs the reference and the secret.")
    @APIResponse(responseCode = "200", description = "Added; the case's coarse status")
    @APIResponse(responseCode = "400", description = "Invalid, with the fields named")
    @APIResponse(responseCode = "404", description = NO_MATCH)
    @APIResponse(responseCode = "409", description = "The case's identifying data was erased; nothing more can be "
            + "recorded in it")
    @APIResponse(responseCode = "429", description = TOO_MANY)
    public IntakeService.ReporterStatus followUp(@Valid @NotNull FollowUp followUp) {
        return intake.addInformation(followUp.reference(), followUp.secret(),
                followUp.information()).orThrow();
    }

    @POST
    @Path("/status")
    @Operation(operationId = "getIntakeReportStatus", summary = "See the status of a reported case",
            description = "Received, in progress or closed.")
    @APIResponse(responseCode = "200", description = "The case's coarse status")
    @APIResponse(responseCode = "400", description = "Invalid, with the fields named")
    @APIResponse(responseCode = "404", description = NO_MATCH)
    @APIResponse(responseCode = "429", description = TOO_MANY)
    public IntakeService.ReporterStatus status(@Valid @NotNull Credentials credentials) {
        return intake.status(credentials.reference(), credentials.secret()).orThrow();
    }

}
