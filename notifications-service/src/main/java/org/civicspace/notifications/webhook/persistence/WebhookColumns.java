package org.civicspace.notifications.webhook.persistence;

import jakarta.persistence.Converter;

import org.civicspace.notifications.webhook.domain.DeliveryStatus;
import org.civicspace.notifications.webhook.domain.SubscriptionStatus;
import org.civicspace.platform.web.json.WireCodeColumn;

/** The webhook states in their columns, by wire code. */
public final class WebhookColumns {

    private WebhookColumns() {
    }

    @Converter
    public static class SubscriptionStatusColumn extends WireCodeColumn<SubscriptionStatus> {
        public SubscriptionStatusColumn() {
            super(SubscriptionStatus.class);
        }
    }

    @Converter
    public static class DeliveryStatusColumn extends WireCodeColumn<DeliveryStatus> {
        public DeliveryStatusColumn() {
            super(DeliveryStatus.class);
        }
    }
}
