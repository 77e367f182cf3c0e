package org.civicspace.platform.messaging.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the transactional outbox and its relay. */
@ConfigMapping(prefix = "civicspace.outbox")
public interface OutboxConfig {

    /** The CloudEvents {@code source} of every event this service publishes, e.g. {@code /civicspace/registry}. */
    String source();

    /** Whether this replica runs a relay; every replica may, they share the work without duplicates. */
    @WithDefault("true")
    boolean relayEnabled();

    /** The most events one relay round publishes. */
    @WithDefault("200")
    int batchSize();

    /** How often the relay looks for events when no commit wakes it: a safety net, not the normal path. */
    @WithDefault("2s")
    Duration pollInterval();

    /** How long a publish may wait for the broker's acknowledgement before the round gives up and retries. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** How long published events are kept in the outbox table, for audit and replay, before being deleted. */
    @WithDefault("7d")
    Duration retention();

    /** Kafka producer {@code linger.ms}: 0 favours latency; raise it for throughput. */
    @WithDefault("0")
    int lingerMs();
}
