package org.civicspace.registry.organization.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ends a membership on a day. */
@Schema(name = "EndMembershipRequest")
public record EndMembershipRequest(@NotNull @Schema(example = "2026-12-31") LocalDate endDate) {
}
