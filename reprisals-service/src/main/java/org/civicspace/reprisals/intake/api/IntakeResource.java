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
import jakarta.ws.rs.core.Response;

import org.civicspace.reprisals.api.Outcomes;
import org.civicspace.reprisals.intake.IntakeService;
import org.civicspace.reprisals.intake.SecureReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    @Operation(summary = "Report reprisals", description = "Returns the case reference and a follow-up secret, "
            + "shown this once only: keep both to follow up.")
    @APIResponse(responseCode = "201", description = "Received")
    @APIResponse(responseCode = "429", description = "Too many reports from this address; see Retry-After")
    public Response submit(@Valid @NotNull SecureReport report) {
        return Response.status(201).entity(Outcomes.orProblem(intake.submit(report))).build();
    }

    @POST
    @Path("/follow-ups")
    @Operation(summary = "Add information to a reported case", description = "Needs the reference and the secret.")
    public IntakeService.ReporterStatus followUp(@Valid @NotNull FollowUp followUp) {
        return Outcomes.orProblem(intake.addInformation(followUp.reference(), followUp.secret(),
                followUp.information()));
    }

    @POST
    @Path("/status")
    @Operation(summary = "See the status of a reported case", description = "Received, in progress or closed.")
    public IntakeService.ReporterStatus status(@Valid @NotNull Credentials credentials) {
        return Outcomes.orProblem(intake.status(credentials.reference(), credentials.secret()));
    }

}
