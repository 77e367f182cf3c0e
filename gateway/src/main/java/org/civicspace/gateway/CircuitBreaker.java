package org.civicspace.gateway;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stops sending to a service that keeps failing: after {@code threshold} consecutive failures the circuit opens and
 * requests get 503 at once for {@code openFor}; then one request is let through to try the service again.
 */
final class CircuitBreaker {

    private final int threshold;
    private final long openForNanos;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final AtomicLong openUntil = new AtomicLong();

    CircuitBreaker(int threshold, Duration openFor) {
        this.threshold = threshold;
        this.openForNanos = openFor.toNanos();
    }

    /** Whether a request may go to the service now. */
    boolean allows() {
        long until = openUntil.get();
        if (until == 0 || System.nanoTime() >= until) {
            // closed, or half-open: let this one through (others follow once it succeeds)
            return until == 0 || openUntil.compareAndSet(until, System.nanoTime() + openForNanos);
        }
        return false;
    }

    long retryAfterSeconds() {
        return Math.max(1, Duration.ofNanos(openUntil.get() - System.nanoTime()).toSeconds());
    }

    void succeeded() {
        consecutiveFailures.set(0);
        openUntil.set(0);
    }

    void failed() {
        if (consecutiveFailures.incrementAndGet() >= threshold) {
            openUntil.set(System.nanoTime() + openForNanos);
        }
    }
}
