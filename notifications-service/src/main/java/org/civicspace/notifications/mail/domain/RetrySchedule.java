package org.civicspace.notifications.mail.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try again after a failed attempt: {@code first} after the first failure, doubling after each later one,
 * never more than {@code longest} apart. It never gives up: an e-mail accepted is kept until a relay takes it.
 */
public record RetrySchedule(Duration first, Duration longest) {

    public RetrySchedule {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("the first wait must be positive and not longer than the longest");
        }
    }

    /** When to try next, after {@code failedAttempts} (1 or more) failures, the last one at {@code now}. */
    public Instant nextAttempt(int failedAttempts, Instant now) {
        Duration wait = first;
        for (int i = 1; i < failedAttempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return now.plus(wait.compareTo(longest) > 0 ? longest : wait);
    }
}
