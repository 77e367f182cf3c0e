package org.civicspace.notifications.webhook.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.civicspace.notifications.webhook.domain.SubscriptionStatus;
import org.civicspace.notifications.webhook.persistence.SubscriptionEntity;

/** A subscription as its owner reads it (never its secret), with the version its ETag names. */
public record SubscriptionDetails(UUID id, String url, List<String> eventTypes, String contactEmail,
        SubscriptionStatus status, String disabledReason, Instant previousSecretUntil, Instant createdAt,
        Instant updatedAt, long version) {

    static SubscriptionDetails of(SubscriptionEntity s) {
        Instant previousUntil = s.previousSecretUntil != null && s.previousSecretUntil.isAfter(Instant.now())
                ? s.previousSecretUntil : null;
        return new SubscriptionDetails(s.id, s.url, List.copyOf(s.eventTypes), s.contactEmail, s.status,
                s.disabledReason, previousUntil, s.createdAt, s.updatedAt, s.version);
    }
}
