package org.civicspace.notifications.webhook.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.civicspace.notifications.webhook.domain.DeliveryStatus;
import org.civicspace.notifications.webhook.domain.WebhookEventTypes;
import org.civicspace.notifications.webhook.persistence.DeliveryEntity;
import org.civicspace.platform.messaging.inbox.PoisonEventException;
import org.civicspace.platform.messaging.inbox.ReceivedEvent;

import io.quarkus.logging.Log;

/**
 * Turns a public event into one delivery per active subscription to its type, in the inbox's transaction: what the
 * inbox acknowledges is queued for every subscriber, once (a delivery per subscription and event id).
 */
@ApplicationScoped
public class Fanout {

    private final EntityManager entities;
    private final ObjectMapper json;

    public Fanout(EntityManager entities, ObjectMapper json) {
        this.entities = entities;
        this.json = json;
    }

    /** Queues {@code event} for its subscribers; an event type one may not subscribe to is left alone. */
    public void deliver(ReceivedEvent event) {
        if (!WebhookEventTypes.isPublic(event.type())) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<UUID> subscribers = entities.createNativeQuery("select id from webhook_subscription "
                + "where status = 'active' and cast(:type as text) = any(event_types)", UUID.class)
                .setParameter("type", event.type()).getResultList();
        if (subscribers.isEmpty()) {
            return;
        }
        String body = cloudEvent(event);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (UUID subscription : subscribers) {
            DeliveryEntity delivery = new DeliveryEntity();
            delivery.id = UUID.randomUUID();
            delivery.subscriptionId = subscription;
            delivery.eventId = event.id();
            delivery.eventType = event.type();
            delivery.body = body;
            delivery.status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            delivery.persist();
        }
        Log.debugf("%s %s queued for %d subscriptions", event.type(), event.id(), subscribers.size());
    }

    /** The event as a structured CloudEvent (JSON), as the public event stream carries it. */
    private String cloudEvent(ReceivedEvent event) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("specversion", "1.0");
        envelope.put("id", event.id());
        envelope.put("source", event.source());
        envelope.put("type", event.type());
        if (event.subject() != null) {
            envelope.put("subject", event.subject());
        }
        if (event.time() != null) {
            envelope.put("time", event.time().toString());
        }
        envelope.put("datacontenttype", "application/json");
        try {
            envelope.put("data", json.readTree(event.data()));
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("data of " + event.type() + " " + event.id() + " is not JSON");
        }
    }
}
