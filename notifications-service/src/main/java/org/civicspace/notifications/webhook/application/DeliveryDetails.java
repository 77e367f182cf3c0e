package org.civicspace.notifications.webhook.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.civicspace.notifications.webhook.domain.DeliveryStatus;
import org.civicspace.notifications.webhook.persistence.AttemptEntity;
import org.civicspace.notifications.webhook.persistence.DeliveryEntity;

/** A delivery as the delivery log shows it: which event, where it stands, and its attempts (on a single read). */
public record DeliveryDetails(UUID id, String eventId, String eventType, DeliveryStatus status, int attempts,
        Instant nextAttemptAt, Instant createdAt, Instant deliveredAt, List<Attempt> attemptLog) {

    /** One attempt: when, the receiver's status (absent when no answer came) or why not, and how long it took. */
    public record Attempt(int number, Instant at, Integer statusCode, String failure, long durationMillis) {

        static Attempt of(AttemptEntity a) {
            return new Attempt(a.number, a.attemptedAt, a.statusCode, a.failure, a.durationMillis);
        }
    }

    static DeliveryDetails of(DeliveryEntity d, List<AttemptEntity> attempts) {
        Instant next = d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null;
        return new DeliveryDetails(d.id, d.eventId, d.eventType, d.status, d.attempts, next, d.createdAt,
                d.deliveredAt, attempts.stream().map(Attempt::of).toList());
    }
}
