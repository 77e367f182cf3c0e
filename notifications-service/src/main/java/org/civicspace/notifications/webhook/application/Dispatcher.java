package org.civicspace.notifications.webhook.application;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.civicspace.notifications.webhook.domain.DeliveryPolicy;
import org.civicspace.notifications.webhook.domain.DeliveryStatus;
import org.civicspace.notifications.webhook.domain.SubscriptionStatus;
import org.civicspace.notifications.webhook.domain.WebhookSecret;
import org.civicspace.notifications.webhook.domain.WebhookSignature;
import org.civicspace.notifications.webhook.persistence.AttemptEntity;
import org.civicspace.notifications.webhook.persistence.DeliveryEntity;
import org.civicspace.notifications.webhook.persistence.SubscriptionEntity;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due deliveries. Each round claims a batch (rows locked with {@code skip locked}, so replicas share the work,
 * and leased for a while, so a replica that dies mid-attempt leaves the delivery to be tried again), sends each one
 * outside any transaction, signed, and records the attempt and what follows it by {@link DeliveryPolicy}. A delivery
 * may therefore arrive more than once; its {@code webhook-id} lets the receiver drop the copy.
 */
@ApplicationScoped
public class Dispatcher {

    private static final String USER_AGENT = "CivicSpace-Webhooks/1";

    private final EntityManager entities;
    private final WebhookSettings settings;
    private final Destinations destinations;
    private final SustainedFailures failures;
    private final HttpClient http;

    public Dispatcher(EntityManager entities, WebhookSettings settings, Destinations destinations,
            SustainedFailures failures) {
        this.entities = entities;
        this.settings = settings;
        this.destinations = destinations;
        this.failures = failures;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** What one attempt sends. */
    private record Prepared(UUID deliveryId, URI url, String body, List<WebhookSecret> secrets) {
    }

    /** What came of it: the receiver's status, or why there was none. */
    private record Answer(Optional<Integer> statusCode, String failure, long durationMillis) {
    }

    @Scheduled(every = "${civicspace.webhooks.poll:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        for (UUID id : claim()) {
            try {
                attempt(id);
            } catch (RuntimeException e) {
                // the lease runs out and the delivery is tried again; nothing is lost
                Log.errorf(e, "webhook delivery %s: attempt not recorded", id);
            }
        }
    }

    /** Claims the due deliveries of active subscriptions, oldest due first, for the length of a lease. */
    List<UUID> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = now();
            @SuppressWarnings("unchecked")
            List<UUID> due = entities.createNativeQuery("select d.id from webhook_delivery d "
                    + "join webhook_subscription s on s.id = d.subscription_id "
                    + "where d.status = 'pending' and d.next_attempt_at <= :now and s.status = 'active' "
                    + "order by d.next_attempt_at limit :batch for update of d skip locked", UUID.class)
                    .setParameter("now", now).setParameter("batch", settings.batch()).getResultList();
            if (!due.isEmpty()) {
                entities.createQuery("update DeliveryEntity set nextAttemptAt = :lease where id in :ids")
                        .setParameter("lease", now.plus(settings.lease())).setParameter("ids", due).executeUpdate();
            }
            return new ArrayList<>(due);
        });
    }

    void attempt(UUID deliveryId) {
        Optional<Prepared> prepared = QuarkusTransaction.requiringNew().call(() -> prepare(deliveryId));
        if (prepared.isEmpty()) {
            return;
        }
        Answer answer = send(prepared.get());
        QuarkusTransaction.requiringNew().run(() -> record(deliveryId, answer));
    }

    private Optional<Prepared> prepare(UUID deliveryId) {
        DeliveryEntity delivery = DeliveryEntity.findById(deliveryId);
        if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return Optional.empty();
        }
        SubscriptionEntity subscription = SubscriptionEntity.findById(delivery.subscriptionId);
        if (subscription == null || subscription.status != SubscriptionStatus.ACTIVE) {
            return Optional.empty();
        }
        List<WebhookSecret> secrets = new ArrayList<>(List.of(WebhookSecret.parse(subscription.secret)));
        if (subscription.previousSecret != null && subscription.previousSecretUntil.isAfter(Instant.now())) {
            secrets.add(WebhookSecret.parse(subscription.previousSecret));
        }
        return Optional.of(new Prepared(delivery.id, URI.create(subscription.url), delivery.body, secrets));
    }

    private Answer send(Prepared delivery) {
        long started = System.nanoTime();
        Optional<String> refused = destinations.refusedNow(delivery.url());
        if (refused.isPresent()) {
            return new Answer(Optional.empty(), refused.get(), 0);
        }
        WebhookSignature signature = WebhookSignature.sign(delivery.deliveryId().toString(), Instant.now(),
                delivery.body(), delivery.secrets());
        HttpRequest request = HttpRequest.newBuilder(delivery.url()).timeout(settings.timeout())
                .header("Content-Type", "application/json").header("User-Agent", USER_AGENT)
                .header(WebhookSignature.ID, signature.id())
                .header(WebhookSignature.TIMESTAMP, Long.toString(signature.timestamp()))
                .header(WebhookSignature.SIGNATURE, signature.signature())
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body())).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Answer(Optional.of(status), null, millisSince(started));
        } catch (HttpTimeoutException e) {
            return new Answer(Optional.empty(), "no answer within " + settings.timeout().toSeconds() + " s",
                    millisSince(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Optional.empty(), "interrupted", millisSince(started));
        } catch (java.io.IOException e) {
            return new Answer(Optional.empty(), "could not connect or the connection closed", millisSince(started));
        }
    }

    private void record(UUID deliveryId, Answer answer) {
        DeliveryEntity delivery = DeliveryEntity.findById(deliveryId);
        Instant now = now();
        AttemptEntity attempt = new AttemptEntity();
        attempt.deliveryId = deliveryId;
        attempt.number = delivery.attempts + 1;
        attempt.attemptedAt = now;
        attempt.statusCode = answer.statusCode().orElse(null);
        attempt.failure = answer.failure();
        attempt.durationMillis = answer.durationMillis();
        attempt.persist();
        delivery.attempts++;
        DeliveryPolicy.Next next = DeliveryPolicy.after(answer.statusCode(), delivery.failedAttempts, now);
        delivery.status = next.status();
        delivery.nextAttemptAt = next.attemptAt().orElse(null);
        if (next.status() == DeliveryStatus.DELIVERED) {
            delivery.deliveredAt = now;
        } else {
            delivery.failedAttempts++;
        }
        if (next.status() == DeliveryStatus.FAILED) {
            failures.disable(delivery.subscriptionId, delivery, now);
        }
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
