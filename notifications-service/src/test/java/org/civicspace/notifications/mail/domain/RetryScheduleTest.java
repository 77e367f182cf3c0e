package org.civicspace.notifications.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(5));

    @Test
    void waitsTheFirstDelayThenDoublesUpToTheLongest() {
        assertThat(schedule.nextAttempt(1, NOW)).isEqualTo(NOW.plusSeconds(30));
        assertThat(schedule.nextAttempt(2, NOW)).isEqualTo(NOW.plusSeconds(60));
        assertThat(schedule.nextAttempt(4, NOW)).isEqualTo(NOW.plusSeconds(240));
        assertThat(schedule.nextAttempt(5, NOW)).isEqualTo(NOW.plusSeconds(300));
        assertThat(schedule.nextAttempt(1_000, NOW)).isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void refusesAFirstWaitLongerThanTheLongest() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(10), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
