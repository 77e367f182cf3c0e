package org.civicspace.notifications.webhook.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One attempt of a delivery, for the partner's delivery log: when, the answer's status or the failure, how long. */
@Entity
@Table(name = "webhook_attempt")
@IdClass(AttemptEntity.Key.class)
public class AttemptEntity extends PanacheEntityBase {

    /** The composite key. */
    public record Key(UUID deliveryId, int number) implements Serializable {

        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Id
    public int number;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    /** The receiver's HTTP status; null when no answer came. */
    @Column(name = "status_code")
    public Integer statusCode;

    /** Why no answer came (a timeout, a refused address, a closed connection); never the receiver's body. */
    public String failure;

    @Column(name = "duration_ms", nullable = false)
    public long durationMillis;
}
