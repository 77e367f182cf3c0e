package org.civicspace.events.registry.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A representative's membership as the registry published it: the date of birth for the youth share, and whether
 * the person chose to be named to the public.
 */
@Entity
@Table(name = "representative")
public class RepresentativeRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** The person's choice, recorded by their organisation in the registry; false until they choose. */
    @Column(name = "publicly_named", nullable = false)
    public boolean publiclyNamed;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
