package org.civicspace.events.registry.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An organisation as the registry and the accreditation service told us: its name and its DGC association. */
@Entity
@Table(name = "organization")
public class OrganizationRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "legal_name")
    public String legalName;

    @Column(name = "registry_version", nullable = false)
    public long registryVersion = -1;

    /** active, suspended or withdrawn; null when never associated. */
    @Column(name = "dgc_status")
    public String dgcStatus;

    @Column(name = "dgc_as_of")
    public Instant dgcAsOf;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isAssociatedWithDgc() {
        return "active".equals(dgcStatus);
    }
}
