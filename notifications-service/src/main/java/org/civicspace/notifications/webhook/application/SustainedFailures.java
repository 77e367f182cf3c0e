package org.civicspace.notifications.webhook.application;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.notifications.mail.application.MailSettings;
import org.civicspace.notifications.mail.application.MailTemplates;
import org.civicspace.notifications.mail.application.Outgoing;
import org.civicspace.notifications.mail.application.RenderedMail;
import org.civicspace.notifications.notice.domain.Audience;
import org.civicspace.notifications.webhook.domain.RetrySchedule;
import org.civicspace.notifications.webhook.domain.SubscriptionStatus;
import org.civicspace.notifications.webhook.persistence.DeliveryEntity;
import org.civicspace.notifications.webhook.persistence.SubscriptionEntity;

import io.quarkus.logging.Log;

/**
 * A delivery whose every attempt failed, for more than a day: its subscription is disabled (nothing more is sent
 * until its owner enables it again) and its contact is told, in the same transaction.
 */
@ApplicationScoped
public class SustainedFailures {

    static final String KIND = "webhook-subscription-disabled";

    private final MailTemplates templates;
    private final Outgoing outgoing;
    private final MailSettings mail;

    public SustainedFailures(MailTemplates templates, Outgoing outgoing, MailSettings mail) {
        this.templates = templates;
        this.outgoing = outgoing;
        this.mail = mail;
    }

    void disable(UUID subscriptionId, DeliveryEntity failed, Instant now) {
        SubscriptionEntity subscription = SubscriptionEntity.findById(subscriptionId);
        if (subscription == null || subscription.status != SubscriptionStatus.ACTIVE) {
            return;
        }
        subscription.status = SubscriptionStatus.DISABLED;
        subscription.disabledReason = "Every attempt of delivery " + failed.id + " failed over "
                + RetrySchedule.span().toHours() + " hours; enable the subscription again when its URL answers.";
        subscription.updatedAt = now;
        RenderedMail told = templates.render(KIND, mail.defaultLanguage(), Map.of("subscriptionId", subscription.id,
                "url", subscription.url, "deliveryId", failed.id,
                "link", mail.webUrl() + "/api/v1/notifications/webhooks/" + subscription.id));
        outgoing.queue(null, new Audience.Address(subscription.contactEmail), KIND, told);
        Log.infof("webhook subscription %s disabled after delivery %s failed", subscriptionId, failed.id);
    }
}
