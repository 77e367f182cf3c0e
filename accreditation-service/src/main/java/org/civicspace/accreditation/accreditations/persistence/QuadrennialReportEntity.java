package org.civicspace.accreditation.accreditations.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A quadrennial report submitted by an organisation in general or special consultative status. */
@Entity
@Table(name = "quadrennial_report")
public class QuadrennialReportEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "accreditation_id", nullable = false)
    public UUID accreditationId;

    @Column(name = "period_ending", nullable = false)
    public LocalDate periodEnding;

    @Column(nullable = false)
    public String summary;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}
