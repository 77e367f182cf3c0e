package org.civicspace.accreditation.applications.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicspace.accreditation.applications.domain.ApplicationState;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of an application's history: append-only (the database refuses updates and deletes). */
@Entity
@Table(name = "application_history")
public class HistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Column(name = "from_state", updatable = false)
    public ApplicationState fromState;

    @Column(name = "to_state", nullable = false, updatable = false)
    public ApplicationState toState;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(updatable = false)
    public String reason;

    @Column(name = "session_id", updatable = false)
    public UUID sessionId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;
}
