package org.civicspace.notifications.webhook.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.notifications.webhook.domain.SubscriptionStatus;
import org.civicspace.notifications.webhook.domain.WebhookEventTypes;
import org.civicspace.notifications.webhook.domain.WebhookSecret;
import org.civicspace.notifications.webhook.persistence.SubscriptionEntity;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.http.EntityTags;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.TimeAndId;
import org.civicspace.platform.web.security.Caller;

import io.quarkus.panache.common.Sort;

/**
 * A partner system's subscriptions: made, read, changed, rotated and removed by the client credentials that made
 * them and by no one else; another client's subscription is as absent as one that never existed (404).
 */
@ApplicationScoped
public class Subscriptions {

    private final Caller caller;
    private final Destinations destinations;
    private final WebhookSettings settings;

    public Subscriptions(Caller caller, Destinations destinations, WebhookSettings settings) {
        this.caller = caller;
        this.destinations = destinations;
        this.settings = settings;
    }

    /** A new subscription and its secret, which is shown this once. */
    public record Created(SubscriptionDetails subscription, String secret) {
    }

    @Transactional
    public Created subscribe(Subscribe request) {
        String url = destinations.accepted(request.url()).toString();
        Instant now = now();
        WebhookSecret secret = WebhookSecret.generate();
        SubscriptionEntity s = new SubscriptionEntity();
        s.id = UUID.randomUUID();
        s.ownerSubject = caller.subject();
        s.url = url;
        s.eventTypes = publicTypes(request.eventTypes());
        s.contactEmail = request.contactEmail();
        s.secret = secret.text();
        s.status = SubscriptionStatus.ACTIVE;
        s.createdAt = now;
        s.updatedAt = now;
        s.persist();
        s.flush();
        return new Created(SubscriptionDetails.of(s), secret.text());
    }

    public Page<SubscriptionDetails> list(int limit, String cursor) {
        Optional<TimeAndId> after = TimeAndId.of(cursor);
        List<SubscriptionEntity> rows = after.isEmpty()
                ? SubscriptionEntity.<SubscriptionEntity>find("ownerSubject", Sort.descending("createdAt", "id"),
                        caller.subject()).page(0, limit + 1).list()
                : SubscriptionEntity.<SubscriptionEntity>find("ownerSubject = ?1 and (createdAt < ?2 "
                        + "or (createdAt = ?2 and id < ?3))", Sort.descending("createdAt", "id"), caller.subject(),
                        after.get().at(), after.get().id()).page(0, limit + 1).list();
        return Page.of(rows, limit, SubscriptionDetails::of, s -> TimeAndId.after(s.createdAt, s.id));
    }

    public SubscriptionDetails read(UUID id) {
        return SubscriptionDetails.of(own(id));
    }

    @Transactional
    public SubscriptionDetails change(UUID id, String ifMatch, ChangeSubscription change) {
        SubscriptionEntity s = own(id);
        EntityTags.requireMatch(ifMatch, EntityTags.of(s.version));
        s.url = destinations.accepted(change.url()).toString();
        s.eventTypes = publicTypes(change.eventTypes());
        s.contactEmail = change.contactEmail();
        if (change.status() == SubscriptionStatus.ACTIVE) {
            s.disabledReason = null;
        } else if (s.status == SubscriptionStatus.ACTIVE) {
            s.disabledReason = "disabled by its owner";
        }
        s.status = change.status();
        s.updatedAt = now();
        s.flush();
        return SubscriptionDetails.of(s);
    }

    /** A new secret, shown this once; the previous one still signs deliveries for a while, beside it. */
    @Transactional
    public Created rotateSecret(UUID id) {
        SubscriptionEntity s = own(id);
        WebhookSecret secret = WebhookSecret.generate();
        Instant now = now();
        s.previousSecret = s.secret;
        s.previousSecretUntil = now.plus(settings.previousSecretValidity());
        s.secret = secret.text();
        s.updatedAt = now;
        s.flush();
        return new Created(SubscriptionDetails.of(s), secret.text());
    }

    @Transactional
    public void remove(UUID id) {
        own(id).delete();
    }

    /** The caller's subscription {@code id}; refused as not found when it is anyone else's. */
    SubscriptionEntity own(UUID id) {
        return SubscriptionEntity.<SubscriptionEntity>find("id = ?1 and ownerSubject = ?2", id, caller.subject())
                .firstResultOptional().orElseThrow(() -> Refused.notFound("subscription", id));
    }

    private static List<String> publicTypes(List<String> types) {
        List<String> unknown = types.stream().filter(type -> !WebhookEventTypes.isPublic(type)).toList();
        if (!unknown.isEmpty()) {
            throw Refused.invalid("eventTypes", "holds " + unknown + ", not an event type one may subscribe to; "
                    + "the types are " + WebhookEventTypes.ALL);
        }
        return types.stream().distinct().sorted().toList();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
