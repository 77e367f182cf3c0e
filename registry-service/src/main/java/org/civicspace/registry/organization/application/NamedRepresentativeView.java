package org.civicspace.registry.organization.application;

import org.civicspace.registry.organization.domain.RepresentativeRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A representative the public may know of: a name and a role, nothing else. */
@Schema(name = "NamedRepresentative")
public record NamedRepresentativeView(@Schema(example = "Priya Raman") String fullName, RepresentativeRole role) {
}
