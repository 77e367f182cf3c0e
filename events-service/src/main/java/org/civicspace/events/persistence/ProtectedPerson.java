package org.civicspace.events.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A registry id the reprisals service flagged, with consent: the person's name is never shown. */
@Entity
@Table(name = "protected_person")
public class ProtectedPerson extends PanacheEntityBase {

    @Id
    @Column(name = "registry_id")
    public UUID registryId;

    @Column(name = "flagged_at", nullable = false)
    public Instant flaggedAt;
}
