package org.civicspace.notifications.webhook.api;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.civicspace.notifications.webhook.application.ChangeSubscription;
import org.civicspace.notifications.webhook.application.Subscribe;
import org.civicspace.notifications.webhook.domain.SubscriptionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as a partner sends it; {@code status} only when changing one. */
@Schema(name = "WebhookSubscriptionRequest")
public record SubscriptionRequest(
        @Schema(description = "Where to POST each delivery: https, a public address",
                example = "https://partner.example/hooks/civicspace") @NotBlank @Size(max = 2048) String url,
        @Schema(description = "The event types to deliver (see the AsyncAPI document); the public ones only",
                example = "[\"org.civicspace.events.event.published.v1\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank String> eventTypes,
        @Schema(description = "Whom to tell when deliveries keep failing and the subscription is disabled",
                example = "webhooks@partner.example") @NotBlank @Email @Size(max = 254) String contactEmail,
        @Schema(description = "When changing: active (also to enable a disabled one) or disabled; active if absent")
        SubscriptionStatus status) {

    Subscribe toCommand() {
        return new Subscribe(url, eventTypes, contactEmail);
    }

    ChangeSubscription toChange() {
        return new ChangeSubscription(url, eventTypes, contactEmail,
                status == null ? SubscriptionStatus.ACTIVE : status);
    }
}
