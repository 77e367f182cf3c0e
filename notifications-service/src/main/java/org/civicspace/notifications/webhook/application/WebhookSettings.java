package org.civicspace.notifications.webhook.application;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are delivered ({@code civicspace.webhooks.*}). */
@ConfigMapping(prefix = "civicspace.webhooks")
public interface WebhookSettings {

    /** Whether a subscription may name a loopback address: the local stack and tests only, never production. */
    @WithDefault("false")
    boolean allowLoopback();

    /** Whether a subscription may use plain http: the local stack and tests only, never production. */
    @WithDefault("false")
    boolean allowPlainHttp();

    /** How often the dispatcher looks for due deliveries ({@code @Scheduled} reads it by name). */
    @WithDefault("1s")
    Duration poll();

    /** How long a receiver has to answer an attempt. */
    @WithDefault("10s")
    Duration timeout();

    /** How many due deliveries one round of the dispatcher takes. */
    @WithDefault("20")
    int batch();

    /** How long a claimed delivery is held by the replica trying it, before another may try it again. */
    @WithDefault("2m")
    Duration lease();

    /** How long the secret before a rotation still signs deliveries, so that receivers can switch over. */
    @WithDefault("24h")
    Duration previousSecretValidity();
}
