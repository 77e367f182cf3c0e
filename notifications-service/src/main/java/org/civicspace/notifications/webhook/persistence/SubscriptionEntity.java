package org.civicspace.notifications.webhook.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicspace.notifications.webhook.domain.SubscriptionStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A partner system's subscription: where to deliver which event types, signed with which secrets. */
@Entity
@Table(name = "webhook_subscription")
public class SubscriptionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The subject of the client credentials that made it; only they see and change it. */
    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;

    @Column(nullable = false)
    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes;

    /** Where to say that the subscription was disabled after sustained failure. */
    @Column(name = "contact_email", nullable = false)
    public String contactEmail;

    /** {@code whsec_...}: signs every delivery. */
    @Column(nullable = false)
    public String secret;

    /** The secret before the last rotation, which also signs deliveries until {@link #previousSecretUntil}. */
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Convert(converter = WebhookColumns.SubscriptionStatusColumn.class)
    @Column(nullable = false)
    public SubscriptionStatus status;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
