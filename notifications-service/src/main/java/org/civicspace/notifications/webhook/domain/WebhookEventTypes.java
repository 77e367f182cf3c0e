package org.civicspace.notifications.webhook.domain;

import java.util.Set;
import java.util.TreeSet;

/**
 * The event types a partner may subscribe to: those of the public topics the gateway's public event stream carries
 * (organisations, accreditations, meetings), never another area's, and never reprisals'. A webhook is a push of the
 * public stream, so it tells a partner nothing the stream does not tell anyone.
 */
public final class WebhookEventTypes {

    /** Every type that may be subscribed to, in order. */
    public static final Set<String> ALL = new TreeSet<>(Set.of(
            "org.civicspace.registry.organization.registered.v1",
            "org.civicspace.registry.organization.updated.v1",
            "org.civicspace.registry.organization.status-changed.v1",
            "org.civicspace.accreditation.accreditation.granted.v1",
            "org.civicspace.accreditation.accreditation.status-changed.v1",
            "org.civicspace.accreditation.accreditation.suspended.v1",
            "org.civicspace.accreditation.accreditation.reinstated.v1",
            "org.civicspace.accreditation.accreditation.withdrawn.v1",
            "org.civicspace.events.event.published.v1",
            "org.civicspace.events.event.rescheduled.v1",
            "org.civicspace.events.event.cancelled.v1"));

    private WebhookEventTypes() {
    }

    public static boolean isPublic(String type) {
        return ALL.contains(type);
    }
}
