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
    record SubscriptionView(UUID id,
            @Schema(description = "Where each delivery is POSTed", examples = "https://partner.example/hooks/civicspace")
            String url,
            List<String> eventTypes,
            @Schema(description = "Whom to tell when deliveries keep failing", examples = "webhooks@partner.example")
            String contactEmail,
            SubscriptionStatus status,
            @Schema(description = "Why it was disabled, while it is", examples = "Every attempt of delivery "
                    + "0b7e5c1a-4f2d-4a8e-9c3b-6d1f2e8a7b90 failed over 27 hours; enable the subscription again when "
                    + "its URL answers.") String disabledReason,
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
            @Schema(description = "The CloudEvent's id", examples = "5f0c9a7e-2b1d-4c3e-8a6f-9d2e1b7c4a30")
            String eventId,
            @Schema(examples = "org.civicspace.events.event.published.v1") String eventType, DeliveryStatus status,
            @Schema(description = "Attempts made so far, replays included", examples = "2") int attempts,
            @Schema(description = "When it is tried next, while pending") Instant nextAttemptAt,
            Instant createdAt, Instant deliveredAt, List<AttemptView> attemptLog) {

        static DeliveryView of(DeliveryDetails d) {
            return new DeliveryView(d.id(), d.eventId(), d.eventType(), d.status(), d.attempts(), d.nextAttemptAt(),
                    d.createdAt(), d.deliveredAt(), d.attemptLog().stream().map(AttemptView::of).toList());
        }
    }

    /** One attempt of a delivery. */
    @Schema(name = "WebhookAttempt")
    record AttemptView(@Schema(description = "1 for the first", examples = "1") int number, Instant at,
            @Schema(description = "The receiver's HTTP status; absent when no answer came", examples = "503")
            Integer statusCode,
            @Schema(description = "Why no answer came, when none did", examples = "no answer within 10 s")
            String failure,
            @Schema(description = "How long the attempt took", examples = "184") long durationMillis) {

        static AttemptView of(DeliveryDetails.Attempt a) {
            return new AttemptView(a.number(), a.at(), a.statusCode(), a.failure(), a.durationMillis());
        }
    }
}
