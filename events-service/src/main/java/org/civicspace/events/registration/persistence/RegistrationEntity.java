package org.civicspace.events.registration.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicspace.events.registration.domain.RegistrationStatus;
import org.hibernate.annotations.Generated;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person's registration for an event: confirmed, waitlisted, cancelled, attended or no-show. */
@Entity
@Table(name = "registration")
public class RegistrationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "representative_id", nullable = false)
    public UUID representativeId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public boolean youth;

    @Column(nullable = false)
    @Convert(converter = RegistrationColumns.RegistrationStatusColumn.class)
    public RegistrationStatus status;

    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;

    /** Assigned by the database on insert: the waiting list's first-come order. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long sequence;

    @Column(name = "check_in_code", nullable = false)
    public String checkInCode;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;
}
