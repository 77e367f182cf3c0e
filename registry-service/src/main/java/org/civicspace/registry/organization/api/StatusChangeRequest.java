package org.civicspace.registry.organization.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicspace.registry.organization.domain.OrganizationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request to move an organisation to another status, with the reason kept on record (restricted). */
@Schema(name = "OrganizationStatusChange")
public record StatusChangeRequest(
        @NotNull @Schema(example = "active") OrganizationStatus status,
        @Size(max = 1000) @Schema(example = "Registration documents verified") String reason) {
}
