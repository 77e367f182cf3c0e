package org.civicspace.reprisals.casefile.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A critical case must get a first response (a protective measure or intervention) within a deadline, 24 hours
 * by default, counted from the moment the case became critical.
 */
public final class FirstResponsePolicy {

    private final Duration deadline;

    public FirstResponsePolicy(Duration deadline) {
        this.deadline = deadline;
    }

    /**
     * The due time once a case is assessed at {@code level} at {@code assessedAt}: set when it first becomes
     * critical without a response, kept when already set, never moved by a later lower assessment.
     */
    public Optional<Instant> dueAt(RiskLevel level, Instant assessedAt, Optional<Instant> currentDue,
            Optional<Instant> firstResponseAt) {
        if (currentDue.isPresent() || firstResponseAt.isPresent() || level != RiskLevel.CRITICAL) {
            return currentDue;
        }
        return Optional.of(assessedAt.plus(deadline));
    }

    /** Whether the response is overdue at {@code now}. */
    public static boolean isOverdue(Optional<Instant> dueAt, Optional<Instant> firstResponseAt, Instant now) {
        return firstResponseAt.isEmpty() && dueAt.filter(now::isAfter).isPresent();
    }
}
