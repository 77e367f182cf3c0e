package org.civicspace.registry.organization.application;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.civicspace.registry.organization.application.OrganizationView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of a registration: the new organisation, and any already registered under a very similar name. */
@Schema(name = "OrganizationRegistration")
public record Registration(OrganizationView organization, List<PossibleDuplicate> possibleDuplicates,
        @JsonIgnore String entityTag) {

    /** An organisation in the same country whose name is very similar: perhaps the same one, registered twice. */
    @Schema(name = "PossibleDuplicate")
    public record PossibleDuplicate(
            UUID id,
            @Schema(example = "Cancer Aid Society of India") String legalName,
            @Schema(example = "IN") String headquartersCountry,
            @Schema(description = "Trigram similarity of the names, 0 to 1", example = "0.82") double similarity) {
    }
}
