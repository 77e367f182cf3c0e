package org.civicspace.registry.organization.application;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.civicspace.registry.organization.domain.RepresentativeRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A membership, as the organisation itself and DGC staff see it; never shown to the public. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Representative")
public record RepresentativeView(UUID id, UUID organizationId, @Schema(example = "Priya Raman") String fullName,
        RepresentativeRole role, @Schema(example = "priya.raman@canceraid.example.org") String email, LocalDate dateOfBirth, LocalDate startDate, LocalDate endDate, boolean current,
        @Schema(description = "The person's choice to be named to the public, as the organisation recorded it; shown "
                + "to the organisation itself only") Boolean publiclyNamed) {
}
