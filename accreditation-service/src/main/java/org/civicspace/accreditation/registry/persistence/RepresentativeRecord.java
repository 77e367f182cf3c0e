package org.civicspace.accreditation.registry.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A representative's membership as the registry published it: minimised, for the youth-pass rule. */
@Entity
@Table(name = "representative")
public class RepresentativeRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A member of its organisation during the whole of [from, to]. */
    public boolean isMemberThroughout(LocalDate from, LocalDate to) {
        return !startDate.isAfter(from) && (endDate == null || !endDate.isBefore(to));
    }
}
