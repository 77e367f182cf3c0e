package org.civicspace.gateway;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Token buckets per key (a caller or a remote address): each refills at a steady rate up to a burst. In memory, per
 * gateway replica: with N replicas behind a balancer, a caller gets up to N times the rate. The buckets are bounded:
 * one left alone for as long as it takes to refill is full, so forgetting it changes nothing, and at most
 * {@code maxKeys} are kept (past that the least recently used go first, which under a flood of new keys only lets a
 * forgotten key start again from a full bucket).
 */
final class RateLimiter {

    /** The outcome for one request. */
    record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    private final int perSecond;
    private final int burst;
    private final Cache<String, Bucket> buckets;

    RateLimiter(int perSecond, int burst, long maxKeys) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofMillis(Math.max(1000, 1000L * burst / Math.max(1, perSecond))))
                .maximumSize(maxKeys)
                .build();
    }

    Decision take(String key) {
        Bucket bucket = buckets.get(key, k -> new Bucket(burst, System.nanoTime()));
        synchronized (bucket) {
            long now = System.nanoTime();
            double refill = (now - bucket.updatedAt) / 1e9 * perSecond;
            bucket.tokens = Math.min(burst, bucket.tokens + refill);
            bucket.updatedAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Decision(true, burst, (int) bucket.tokens, 0);
            }
            long reset = (long) Math.ceil((1 - bucket.tokens) / perSecond);
            return new Decision(false, burst, 0, Math.max(1, reset));
        }
    }

    /** How many keys are held now (for the memory benchmark and tests). */
    long keys() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
