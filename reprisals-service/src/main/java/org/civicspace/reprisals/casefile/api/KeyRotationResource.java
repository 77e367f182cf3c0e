package org.civicspace.reprisals.casefile.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;
import org.civicspace.reprisals.casefile.application.KeyRotation;
import org.civicspace.reprisals.commons.api.Actors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runs the key rotation after a new master key was made active. */
@Path("/api/v1/reprisals/keys/rotation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OHCHR_SUPERVISOR, Roles.PLATFORM_ADMIN })
@Tag(name = "Keys", description = "Master key rotation")
public class KeyRotationResource {

    private final KeyRotation rotation;
    private final Caller caller;

    public KeyRotationResource(KeyRotation rotation, Caller caller) {
        this.rotation = rotation;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "rotateCaseDataKeys", summary = "Re-wrap every data key under the active master key",
            description = "Reveals nothing; afterwards the old master keys can be removed.")
    public KeyRotation.Result rotate() {
        return rotation.rotate(Actors.of(caller));
    }
}
