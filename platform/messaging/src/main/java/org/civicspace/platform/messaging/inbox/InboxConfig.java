package org.civicspace.platform.messaging.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of idempotent consumers. */
@ConfigMapping(prefix = "civicspace.inbox")
public interface InboxConfig {

    /** How many times a failing event is tried before it goes to the dead-letter topic. */
    @WithDefault("4")
    int maxAttempts();

    /** The wait before the second attempt; it doubles before each further one. */
    @WithDefault("200ms")
    Duration firstBackoff();
}
