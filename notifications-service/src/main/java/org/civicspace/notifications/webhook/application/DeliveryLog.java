package org.civicspace.notifications.webhook.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.notifications.webhook.domain.DeliveryStatus;
import org.civicspace.notifications.webhook.domain.SubscriptionStatus;
import org.civicspace.notifications.webhook.persistence.AttemptEntity;
import org.civicspace.notifications.webhook.persistence.DeliveryEntity;
import org.civicspace.notifications.webhook.persistence.SubscriptionEntity;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.TimeAndId;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** A subscription's deliveries as its owner reads them, newest first, and a delivery sent again on request. */
@ApplicationScoped
public class DeliveryLog {

    private final Subscriptions subscriptions;

    public DeliveryLog(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    public Page<DeliveryDetails> list(UUID subscriptionId, Optional<DeliveryStatus> status, int limit, String cursor) {
        subscriptions.own(subscriptionId);
        Optional<TimeAndId> after = TimeAndId.of(cursor);
        StringBuilder query = new StringBuilder("subscriptionId = :subscription");
        Parameters parameters = Parameters.with("subscription", subscriptionId);
        if (status.isPresent()) {
            query.append(" and status = :status");
            parameters.and("status", status.get());
        }
        if (after.isPresent()) {
            query.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
            parameters.and("at", after.get().at()).and("id", after.get().id());
        }
        List<DeliveryEntity> rows = DeliveryEntity.<DeliveryEntity>find(query.toString(),
                Sort.descending("createdAt", "id"), parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, d -> DeliveryDetails.of(d, List.of()), d -> TimeAndId.after(d.createdAt, d.id));
    }

    public DeliveryDetails read(UUID subscriptionId, UUID deliveryId) {
        DeliveryEntity delivery = own(subscriptionId, deliveryId);
        return DeliveryDetails.of(delivery, attemptsOf(delivery.id));
    }

    /**
     * Sends a delivery again, now, with the same {@code webhook-id} (a receiver that has it drops the copy) and a
     * fresh retry schedule; refused while the subscription is disabled, since nothing would be sent.
     */
    @Transactional
    public DeliveryDetails replay(UUID subscriptionId, UUID deliveryId) {
        SubscriptionEntity subscription = subscriptions.own(subscriptionId);
        if (subscription.status != SubscriptionStatus.ACTIVE) {
            throw Refused.conflict("The subscription is disabled; enable it before replaying a delivery.");
        }
        DeliveryEntity delivery = own(subscriptionId, deliveryId);
        delivery.status = DeliveryStatus.PENDING;
        delivery.failedAttempts = 0;
        delivery.nextAttemptAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        delivery.deliveredAt = null;
        return DeliveryDetails.of(delivery, attemptsOf(delivery.id));
    }

    private DeliveryEntity own(UUID subscriptionId, UUID deliveryId) {
        subscriptions.own(subscriptionId);
        return DeliveryEntity.<DeliveryEntity>find("id = ?1 and subscriptionId = ?2", deliveryId, subscriptionId)
                .firstResultOptional().orElseThrow(() -> Refused.notFound("delivery", deliveryId));
    }

    private static List<AttemptEntity> attemptsOf(UUID deliveryId) {
        return AttemptEntity.<AttemptEntity>find("deliveryId", Sort.ascending("number"), deliveryId).list();
    }
}
