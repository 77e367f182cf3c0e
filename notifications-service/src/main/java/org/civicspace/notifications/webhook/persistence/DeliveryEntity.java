package org.civicspace.notifications.webhook.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicspace.notifications.webhook.domain.DeliveryStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One event for one subscription: its body as sent (the structured CloudEvent), its state, and when to try next.
 * Its id is the {@code webhook-id} of every attempt and replay, so a receiver drops what it already has.
 */
@Entity
@Table(name = "webhook_delivery")
public class DeliveryEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String body;

    @Convert(converter = WebhookColumns.DeliveryStatusColumn.class)
    @Column(nullable = false)
    public DeliveryStatus status;

    /** Failed attempts since it was made or last replayed, which sets the wait before the next one. */
    @Column(name = "failed_attempts", nullable = false)
    public int failedAttempts;

    /** Every attempt ever made, replays included: the next attempt's number is this plus one. */
    @Column(name = "attempts", nullable = false)
    public int attempts;

    /** When it is due; while an attempt is under way, the end of that attempt's lease. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
