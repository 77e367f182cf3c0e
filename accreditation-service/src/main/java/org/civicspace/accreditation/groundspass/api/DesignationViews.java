package org.civicspace.accreditation.groundspass.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.groundspass.application.Designate;
import org.civicspace.accreditation.groundspass.application.DesignationDetails;
import org.civicspace.accreditation.groundspass.domain.DesignationStatus;
import org.civicspace.accreditation.groundspass.domain.DutyStation;
import org.civicspace.accreditation.groundspass.domain.PassKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Grounds pass designations, as the API shows and takes them. */
public final class DesignationViews {

    private DesignationViews() {
    }

    @Schema(name = "Designation")
    public record DesignationView(
            UUID id,
            UUID organizationId,
            UUID representativeId,
            @Schema(example = "dgc") Track track,
            @Schema(example = "2027") int year,
            @Schema(example = "new-york") DutyStation dutyStation,
            @Schema(example = "youth") PassKind kind,
            @Schema(example = "issued") DesignationStatus status,
            LocalDate validFrom,
            LocalDate validTo,
            Instant issuedAt,
            Instant revokedAt) {

        public static DesignationView of(DesignationDetails d) {
            return new DesignationView(d.id(), d.organizationId(), d.representativeId(), d.track(), d.year(),
                    d.dutyStation(), d.kind(), d.status(), d.validFrom(), d.validTo(), d.issuedAt(), d.revokedAt());
        }
    }

    @Schema(name = "DesignationRequest")
    public record DesignationRequest(
            @NotNull @Schema(example = "dgc") Track track,
            @NotNull UUID representativeId,
            @NotNull @Schema(description = "The calendar year; the pass is valid to 31 December", example = "2027")
            Integer year,
            @Schema(description = "Default new-york", example = "new-york") DutyStation dutyStation,
            @NotNull @Schema(description = "DGC: regular or youth; ECOSOC: head, main-representative or "
                    + "additional-representative", example = "youth") PassKind kind) {

        public Designate toCommand() {
            return new Designate(track, representativeId, year, dutyStation, kind);
        }
    }
}
