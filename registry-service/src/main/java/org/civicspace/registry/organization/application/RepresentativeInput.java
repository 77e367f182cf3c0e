package org.civicspace.registry.organization.application;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.civicspace.registry.organization.domain.RepresentativeRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person joining an organisation's representatives. E-mail and date of birth are restricted; whether the person is
 * named to the public is their own choice, off unless given.
 */
@Schema(name = "RepresentativeInput")
public record RepresentativeInput(
        @NotBlank @Size(max = 200) @Schema(example = "Priya Raman") String fullName,
        @NotNull @Schema(example = "youth-representative") RepresentativeRole role,
        @Email @Size(max = 254) @Schema(example = "priya.raman@canceraid.example.org") String email,
        @Past @Schema(example = "2001-01-01") LocalDate dateOfBirth,
        @NotNull @Schema(example = "2026-01-01") LocalDate startDate,
        @Schema(description = "The person chose to be named to the public (named representatives of the "
                + "organisation, speaker and participant lists of events). Recorded by the organisation itself, "
                + "never by staff; default false: not named", defaultValue = "false")
        Boolean publiclyNamed) {
}
