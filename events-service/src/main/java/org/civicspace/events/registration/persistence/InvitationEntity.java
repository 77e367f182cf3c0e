package org.civicspace.events.registration.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An invitation to an invitation-only event, bound to one e-mail address and used once. */
@Entity
@Table(name = "invitation")
public class InvitationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public String code;

    @Column(name = "used_by")
    public UUID usedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
