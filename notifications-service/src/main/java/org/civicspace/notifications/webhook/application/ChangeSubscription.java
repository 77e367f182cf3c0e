package org.civicspace.notifications.webhook.application;

import java.util.List;

import org.civicspace.notifications.webhook.domain.SubscriptionStatus;

/** Replace a subscription's settings; {@code active} again re-enables one that was disabled. */
public record ChangeSubscription(String url, List<String> eventTypes, String contactEmail, SubscriptionStatus status) {
}
