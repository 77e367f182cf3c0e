package org.civicspace.reprisals.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The intake's per-address windows: a limit per window, and a bounded memory however many addresses call. */
class IntakeRateLimiterTest {

    @Test
    void refusesAnAddressOnceItUsedItsWindow() {
        IntakeRateLimiter limiter = new IntakeRateLimiter(3, Duration.ofHours(1), 1_000);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("203.0.113.1")).isTrue();
        }

        assertThat(limiter.tryAcquire("203.0.113.1")).isFalse();
        assertThat(limiter.retryAfterSeconds("203.0.113.1")).isPositive();
        assertThat(limiter.tryAcquire("203.0.113.2")).isTrue();
    }

    @Test
    void holdsAtMostItsMaximumOfAddressesWhateverTheNumberThatCall() {
        IntakeRateLimiter limiter = new IntakeRateLimiter(3, Duration.ofHours(1), 1_000);

        for (int i = 0; i < 200_000; i++) {
            limiter.tryAcquire("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }

        assertThat(limiter.addresses()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void forgetsAnAddressWhenItsWindowEnds() {
        IntakeRateLimiter limiter = new IntakeRateLimiter(1, Duration.ofMillis(1), 1_000);
        limiter.tryAcquire("203.0.113.3");

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> limiter.tryAcquire("203.0.113.3"));
        assertThat(limiter.addresses()).isLessThanOrEqualTo(1);
    }
}
