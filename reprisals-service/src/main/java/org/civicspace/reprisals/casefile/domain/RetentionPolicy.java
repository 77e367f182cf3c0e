package org.civicspace.reprisals.casefile.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Identifying data is kept only for a set period after a case closes; after it, only anonymous counts remain. */
public final class RetentionPolicy {

    private final Duration afterClosure;

    public RetentionPolicy(Duration afterClosure) {
        this.afterClosure = afterClosure;
    }

    /** The moment before which a case closed must be erased, as seen at {@code now}. */
    public Instant closedBefore(Instant now) {
        return now.minus(afterClosure);
    }

    public boolean isDue(CaseStatus status, Optional<Instant> closedAt, Instant now) {
        return status == CaseStatus.CLOSED && closedAt.filter(c -> c.isBefore(closedBefore(now))).isPresent();
    }
}
