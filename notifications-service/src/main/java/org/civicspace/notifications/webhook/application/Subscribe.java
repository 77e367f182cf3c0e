package org.civicspace.notifications.webhook.application;

import java.util.List;

/** Subscribe a partner system to event types: where to deliver, and whom to tell if deliveries keep failing. */
public record Subscribe(String url, List<String> eventTypes, String contactEmail) {
}
