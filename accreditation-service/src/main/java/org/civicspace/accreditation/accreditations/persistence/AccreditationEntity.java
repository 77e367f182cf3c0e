package org.civicspace.accreditation.accreditations.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicspace.accreditation.accreditations.domain.AccreditationStatus;
import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An accreditation granted on one track: active, suspended or withdrawn. */
@Entity
@Table(name = "accreditation")
public class AccreditationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(nullable = false)
    public Track track;

    public EcosocCategory category;

    @Column(nullable = false)
    public AccreditationStatus status;

    @Column(name = "granted_on", nullable = false)
    public LocalDate grantedOn;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "next_report_due")
    public LocalDate nextReportDue;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
