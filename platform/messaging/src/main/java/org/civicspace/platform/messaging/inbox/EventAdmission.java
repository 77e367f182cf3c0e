package org.civicspace.platform.messaging.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a received CloudEvent may be applied at all, before its data is read: it must come from the service that
 * owns its topic ({@code source} {@code /civicspace/<area>} on a topic {@code <area>.*}, as docs/events.md names
 * them), and it must not claim to have happened in the future. The broker's ACLs already keep other services from
 * writing a topic; this is the consumer's own check, so that a leaked credential, a misrouted record or a clock set
 * years ahead (a decision dated 2999 would win every "latest decision" comparison) is dead-lettered, not applied.
 */
public final class EventAdmission {

    static final String SOURCE_PREFIX = "/civicspace/";
    /** How far a producer's clock may run ahead of ours, or a time an event states ahead of the event's own. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private EventAdmission() {
    }

    /** Why {@code event}, read from {@code topic}, must not be applied; empty when it may be. */
    public static Optional<String> refusal(String topic, ReceivedEvent event, Instant now) {
        String owner = ownerSource(topic);
        if (!owner.equals(event.source())) {
            return Optional.of("source " + event.source() + " does not own topic " + topic + " (expected " + owner
                    + ")");
        }
        if (event.time() != null && event.time().isAfter(now.plus(MAX_CLOCK_SKEW))) {
            return Optional.of("time " + event.time() + " is in the future (now " + now + ", skew allowed "
                    + MAX_CLOCK_SKEW + ")");
        }
        return Optional.empty();
    }

    /** The CloudEvents source of the service that owns {@code topic}: {@code /civicspace/registry} for registry.x. */
    public static String ownerSource(String topic) {
        int dot = topic.indexOf('.');
        return SOURCE_PREFIX + (dot > 0 ? topic.substring(0, dot) : topic);
    }
}
