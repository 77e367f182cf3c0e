package org.civicspace.reprisals.intake.application;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.civicspace.reprisals.commons.application.ReprisalsConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Limits the open intake per client address, in memory: a fixed window per address. Addresses are never written
 * anywhere; each is forgotten when its window ends, and at most {@code max-addresses} are held (past that the least
 * recently used go first). Each replica limits on its own, which only loosens the limit by the number of replicas.
 */
@ApplicationScoped
public class IntakeRateLimiter {

    private final int maxRequests;
    private final Duration window;
    private final Cache<String, Window> windows;

    @Inject
    public IntakeRateLimiter(ReprisalsConfig config) {
        this(config.intake().maxRequestsPerAddress(), config.intake().window(), config.intake().maxAddresses());
    }

    IntakeRateLimiter(int maxRequests, Duration window, long maxAddresses) {
        this.maxRequests = maxRequests;
        this.window = window;
        this.windows = Caffeine.newBuilder().maximumSize(maxAddresses)
                .expireAfter(new Expiry<String, Window>() {
                    @Override
                    public long expireAfterCreate(String address, Window w, long now) {
                        return remainingNanos(w);
                    }

                    @Override
                    public long expireAfterUpdate(String address, Window w, long now, long remaining) {
                        return remainingNanos(w);
                    }

                    @Override
                    public long expireAfterRead(String address, Window w, long now, long remaining) {
                        return remaining;
                    }
                }).build();
    }

    /** Counts a request from {@code address}; false when the address used up its window. */
    public boolean tryAcquire(String address) {
        Instant now = Instant.now();
        Window current = windows.asMap().compute(address, (key, w) -> w == null || !w.endsAt().isAfter(now)
                ? new Window(now.plus(window), 1)
                : new Window(w.endsAt(), w.count() + 1));
        return current.count() <= maxRequests;
    }

    /** Seconds until {@code address} may try again. */
    public long retryAfterSeconds(String address) {
        Window w = windows.getIfPresent(address);
        return w == null ? 0 : Math.max(1, Duration.between(Instant.now(), w.endsAt()).toSeconds());
    }

    /** How many addresses are held now. */
    long addresses() {
        windows.cleanUp();
        return windows.estimatedSize();
    }

    private static long remainingNanos(Window w) {
        return Math.max(0, Duration.between(Instant.now(), w.endsAt()).toNanos());
    }

    private record Window(Instant endsAt, int count) {
    }
}
