package org.civicspace.registry.organization.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.civicspace.registry.organization.domain.EcosocStatus;
import org.civicspace.registry.organization.domain.OrganizationStatus;
import org.civicspace.registry.organization.domain.OrganizationType;
import org.civicspace.registry.organization.domain.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation as the API shows it. The public view leaves out the restricted members ({@code contact},
 * {@code statusReason}); the full view, for its representatives and DGC staff, has them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Organization")
public record OrganizationView(
        @Schema(example = "7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d") UUID id,
        Identifier identifier,
        @Schema(example = "Cancer Aid Society") String legalName,
        @Schema(example = "CAS") String acronym,
        Map<String, String> otherNames,
        OrganizationType type,
        @Schema(example = "IN") String headquartersCountry,
        List<String> countriesOfOperation,
        List<Theme> themes,
        List<String> workingLanguages,
        @Schema(example = "1994") Integer yearFounded,
        @Schema(example = "https://canceraid.example.org") String website,
        OrganizationStatus status,
        @Schema(description = "Restricted: why the status last changed",
                example = "Registration documents verified") String statusReason,
        @Schema(description = "For a country office: its headquarters") Headquarters headquarters,
        @Schema(description = "True when the headquarters' suspension also holds for this office")
        boolean suspendedThroughParent,
        Accreditation accreditation,
        @Schema(description = "Restricted") OrganizationProfile.Contact contact,
        Instant registeredAt,
        Instant updatedAt) {

    /** The public identifier, with its parts. */
    @Schema(name = "OrganizationIdentifier")
    public record Identifier(
            @Schema(example = "GB-CHC") String agency,
            @Schema(example = "1234567") String number,
            @Schema(example = "GB-CHC-1234567") String value) {
    }

    /** The international NGO a country office belongs to. */
    @Schema(name = "OrganizationHeadquarters")
    public record Headquarters(UUID id, @Schema(example = "Save the Children International") String legalName,
            @Schema(example = "GB") String headquartersCountry, OrganizationStatus status) {
    }

    /** Read-only here: kept from the accreditation service's events. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AccreditationSummary")
    public record Accreditation(
            @Schema(description = "Associated with the UN Department of Global Communications since")
            LocalDate dgcAssociatedSince,
            EcosocStatus ecosocStatus,
            LocalDate ecosocSince) {
    }
}
