package org.civicspace.registry.organization.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person's membership of an organisation, with restricted personal data. */
@Entity
@Table(name = "representative")
public class RepresentativeEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(nullable = false)
    public String role;

    public String email;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** The person's own choice, recorded by their organisation, to be named to the public; false until they choose. */
    @Column(name = "publicly_named", nullable = false)
    public boolean publiclyNamed;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
