package org.civicspace.notifications.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void triesForMoreThanADayWithGrowingWaits() {
        assertThat(RetrySchedule.span()).isGreaterThan(Duration.ofHours(24))
                .isEqualTo(Duration.ofHours(27).plusMinutes(35).plusSeconds(5));
        assertThat(RetrySchedule.WAITS).isSortedAccordingTo(Duration::compareTo);
        assertThat(RetrySchedule.MAX_ATTEMPTS).isEqualTo(8);
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(RetrySchedule.waitAfter(1)).contains(Duration.ofSeconds(5));
        assertThat(RetrySchedule.waitAfter(7)).contains(Duration.ofHours(10));
        assertThat(RetrySchedule.waitAfter(8)).isEmpty();
    }
}
