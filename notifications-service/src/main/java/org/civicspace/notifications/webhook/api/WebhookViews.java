package org.civicspace.notifications.webhook.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.civicspace.notifications.webhook.application.DeliveryDetails;
import org.civicspace.notifications.webhook.application.SubscriptionDetails;
import org.civicspace.notifications.webhook.application.Subscriptions;
import org.civicspace.notifications.webhook.domain.DeliveryStatus;
import org.civicspace.notifications.webhook.domain.SubscriptionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the webhook operations answer. */
final class WebhookViews {

    private WebhookViews() {
    }

    /** A subscription, never with its secret. */
    @Schema(name = "WebhookSubscription")
    record SubscriptionView(UUID id, String url, List<String> eventTypes, String contactEmail,
            SubscriptionStatus status,
            @Schema(description = "Why it was disabled, while it is") String disabledReason,
            @Schema(description = "Until when the secret before the last rotation also signs deliveries")
            Instant previousSecretUntil,
            Instant createdAt, Instant updatedAt) {

        static SubscriptionView of(SubscriptionDetails s) {
            return new SubscriptionView(s.id(), s.url(), s.eventTypes(), s.contactEmail(), s.status(),
                    s.disabledReason(), s.previousSecretUntil(), s.createdAt(), s.updatedAt());
        }
    }

    /** A subscription with its new signing secret, shown only in this answer: keep it. */
    @Schema(name = "WebhookSubscriptionWithSecret")
    record SubscriptionWithSecret(SubscriptionView subscription,
            @Schema(description = "The signing secret, in the Standard Webhooks form",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            String secret) {

        static SubscriptionWithSecret of(Subscriptions.Created created) {
            return new SubscriptionWithSecret(SubscriptionView.of(created.subscription()), created.secret());
        }
    }

    /** One delivery in the log; its attempts on a single read. */
    @Schema(name = "WebhookDelivery")
    record DeliveryView(
            @Schema(description = "The webhook-id header of each of its attempts") UUID id,
            @Schema(description = "The CloudEvent's id") String eventId, String eventType, DeliveryStatus status,
            int attempts,
            @Schema(description = "When it is tried next, while pending") Instant nextAttemptAt,
            Instant createdAt, Instant deliveredAt, List<DeliveryDetails.Attempt> attemptLog) {

        static DeliveryView of(DeliveryDetails d) {
            return new DeliveryView(d.id(), d.eventId(), d.eventType(), d.status(), d.attempts(), d.nextAttemptAt(),
                    d.createdAt(), d.deliveredAt(), d.attemptLog());
        }
    }
}
