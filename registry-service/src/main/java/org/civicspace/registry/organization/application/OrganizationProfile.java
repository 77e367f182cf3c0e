package org.civicspace.registry.organization.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.civicspace.registry.organization.domain.OrganizationType;
import org.civicspace.registry.organization.domain.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a registration or an update may set: the profile an organisation keeps. Status, accreditation and id are not
 * here and are refused if sent (the service fails on unknown fields), so they cannot be mass-assigned.
 */
@Schema(name = "OrganizationProfile", description = "The editable profile of an organisation")
public record OrganizationProfile(
        @Valid
        @Schema(description = "Registration identifier; leave out when there is none and the registry assigns one "
                + "in its own list (XM-CIVICSPACE). Cannot be changed once registered.")
        IdentifierInput identifier,

        @NotBlank @Size(max = 300)
        @Schema(example = "Asociación de Primeras Damas de Colombia")
        String legalName,

        @Size(max = 30)
        @Schema(example = "APDC")
        String acronym,

        @Size(max = 20)
        @Schema(description = "Names in other languages, by ISO 639-1 code", example = "{\"en\": \"Association of First Ladies of Colombia\"}")
        Map<@NotNull @LanguageCode String, @NotBlank @Size(max = 300) String> otherNames,

        @NotNull
        @Schema(example = "national-ngo")
        OrganizationType type,

        @NotNull @CountryCode
        @Schema(description = "ISO 3166-1 alpha-2", example = "CO")
        String headquartersCountry,

        @Size(max = 250)
        @Schema(example = "[\"CO\", \"EC\"]")
        List<@NotNull @CountryCode String> countriesOfOperation,

        @Size(max = 20)
        @Schema(example = "[\"sdg-5\", \"human-rights\"]")
        List<@NotNull Theme> themes,

        @Size(max = 20)
        @Schema(example = "[\"es\"]")
        List<@NotNull @LanguageCode String> workingLanguages,

        @Min(1800) @Max(2100)
        @Schema(example = "1994")
        Integer yearFounded,

        @Size(max = 500) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http or https address")
        @Schema(example = "https://apdc.example.org")
        String website,

        @Valid
        @Schema(description = "Restricted: shown only to the organisation's representatives and DGC staff")
        Contact contact,

        @Schema(description = "For a country office: the international NGO it belongs to")
        UUID parentId) {

    /** A registration identifier as submitted: the agency and the number, kept apart. */
    @Schema(name = "OrganizationIdentifierInput")
    public record IdentifierInput(
            @NotBlank @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{2,16}", message = "must be an org-id.guide list code, such as GB-CHC")
            @Schema(example = "GB-CHC") String agency,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9./_-]{0,49}",
                    message = "must be 1 to 50 letters, digits or . / _ -")
            @Schema(example = "1234567") String number) {
    }

    /** Restricted contact details. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OrganizationContact")
    public record Contact(
            @Email @Size(max = 254) @Schema(example = "oficina@apdc.example.org") String email,
            @Size(max = 40) @Pattern(regexp = "[0-9 +().-]*", message = "must be a phone number") @Schema(example = "+57 1 555 0100") String phone,
            @Size(max = 500) @Schema(example = "Carrera 7 No. 71-21, Bogotá") String address) {
    }

    public List<String> countriesOfOperationOrEmpty() {
        return countriesOfOperation == null ? List.of() : countriesOfOperation;
    }

    public List<Theme> themesOrEmpty() {
        return themes == null ? List.of() : themes;
    }

    public List<String> workingLanguagesOrEmpty() {
        return workingLanguages == null ? List.of() : workingLanguages;
    }

    public Map<String, String> otherNamesOrEmpty() {
        return otherNames == null ? Map.of() : otherNames;
    }
}
