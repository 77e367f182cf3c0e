package org.civicspace.gateway;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key (an OAuth client or a remote address): each refills at a steady rate up to a burst. In
 * memory, per gateway replica: with N replicas behind a balancer, a caller gets up to N times the rate.
 */
final class RateLimiter {

    /** The outcome for one request. */
    record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    private final int perSecond;
    private final int burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    Decision take(String key) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, System.nanoTime()));
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

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
