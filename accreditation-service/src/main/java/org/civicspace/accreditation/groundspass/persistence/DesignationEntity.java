package org.civicspace.accreditation.groundspass.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicspace.accreditation.groundspass.domain.DesignationStatus;
import org.civicspace.accreditation.groundspass.domain.DutyStation;
import org.civicspace.accreditation.groundspass.domain.PassKind;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A grounds pass designation: a representative, a seat, a duty station and a calendar year. */
@Entity
@Table(name = "designation")
public class DesignationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "accreditation_id", nullable = false)
    public UUID accreditationId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "representative_id", nullable = false)
    public UUID representativeId;

    @Column(nullable = false)
    public int year;

    @Column(name = "duty_station", nullable = false)
    public DutyStation dutyStation;

    @Column(nullable = false)
    public PassKind kind;

    @Column(nullable = false)
    public DesignationStatus status;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;
}
