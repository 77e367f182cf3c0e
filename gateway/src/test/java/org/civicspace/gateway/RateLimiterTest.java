package org.civicspace.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The buckets stay bounded however many callers come, and a forgotten bucket is one that had refilled anyway. */
class RateLimiterTest {

    @Test
    void keepsAtMostItsMaximumOfKeysWhateverTheNumberOfCallers() {
        RateLimiter limiter = new RateLimiter(5, 10, 1_000);

        for (int i = 0; i < 200_000; i++) {
            limiter.take("ip:10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }

        assertThat(limiter.keys()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void aKeyThatUsedItsBurstIsRefusedUntilItRefills() {
        RateLimiter limiter = new RateLimiter(1, 3, 1_000);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take("caller:a").allowed()).isTrue();
        }

        RateLimiter.Decision refused = limiter.take("caller:a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.resetSeconds()).isPositive();
        assertThat(limiter.take("caller:b").allowed()).isTrue();
    }
}
