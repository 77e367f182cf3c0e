package org.civicspace.registry.organization.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's choice, recorded by their organisation, to be named to the public or no longer. */
@Schema(name = "PublicNamingRequest")
public record PublicNamingRequest(@NotNull @Schema(example = "true") Boolean publiclyNamed) {
}
