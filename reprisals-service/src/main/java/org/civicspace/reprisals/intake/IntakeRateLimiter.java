package org.civicspace.reprisals.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.reprisals.ReprisalsConfig;

/**
 * Limits the open intake per client address, in memory: a fixed window per address. Addresses are never written
 * anywhere; they are forgotten when their window ends. Each replica limits on its own, which only loosens the limit
 * by the number of replicas.
 */
@ApplicationScoped
public class IntakeRateLimiter {

    private static final int PRUNE_ABOVE = 10_000;

    private final int maxRequests;
    private final Duration window;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public IntakeRateLimiter(ReprisalsConfig config) {
        this.maxRequests = config.intake().maxRequestsPerAddress();
        this.window = config.intake().window();
    }

    /** Counts a request from {@code address}; false when the address used up its window. */
    public boolean tryAcquire(String address) {
        Instant now = Instant.now();
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(w -> w.endsAt().isBefore(now));
        }
        Window current = windows.compute(address, (key, w) -> w == null || w.endsAt().isBefore(now)
                ? new Window(now.plus(window), 1)
                : new Window(w.endsAt(), w.count() + 1));
        return current.count() <= maxRequests;
    }

    /** Seconds until {@code address} may try again. */
    public long retryAfterSeconds(String address) {
        Window w = windows.get(address);
        return w == null ? 0 : Math.max(1, Duration.between(Instant.now(), w.endsAt()).toSeconds());
    }

    private record Window(Instant endsAt, int count) {
    }
}
