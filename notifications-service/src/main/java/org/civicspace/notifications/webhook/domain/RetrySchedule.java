package org.civicspace.notifications.webhook.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a delivery is tried again after a failure: at once, then after 5 seconds, 5 minutes, 30 minutes, 2 hours,
 * 5 hours, 10 hours and 10 hours (the schedule Standard Webhooks' reference senders use), so that a receiver that is
 * down for a day still gets every delivery: the last attempt comes {@value #SPAN_TEXT} after the first. A delivery
 * whose last attempt fails has failed for good; its subscription is then disabled (sustained failure).
 */
public final class RetrySchedule {

    static final String SPAN_TEXT = "27 hours 35 minutes 5 seconds";

    /** The wait before attempt 2, 3, ...: index {@code n} is the wait after the {@code n + 1}th failure. */
    public static final List<Duration> WAITS = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(10));

    /** How many attempts a delivery gets at most. */
    public static final int MAX_ATTEMPTS = WAITS.size() + 1;

    private RetrySchedule() {
    }

    /** The wait before the next attempt, after {@code failedAttempts} failures; empty when none is left. */
    public static Optional<Duration> waitAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("a wait follows a failed attempt");
        }
        return failedAttempts <= WAITS.size() ? Optional.of(WAITS.get(failedAttempts - 1)) : Optional.empty();
    }

    /** From the first attempt to the last. */
    public static Duration span() {
        return WAITS.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
