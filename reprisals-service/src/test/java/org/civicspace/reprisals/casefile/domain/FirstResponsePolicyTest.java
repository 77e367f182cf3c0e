package org.civicspace.reprisals.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FirstResponsePolicyTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    final FirstResponsePolicy policy = new FirstResponsePolicy(Duration.ofHours(24));

    @Test
    void aCriticalCaseIsDue24HoursAfterBecomingCritical() {
        assertThat(policy.dueAt(RiskLevel.CRITICAL, T0, Optional.empty(), Optional.empty()))
                .contains(T0.plus(Duration.ofHours(24)));
    }

    @Test
    void otherLevelsHaveNoDeadline() {
        assertThat(policy.dueAt(RiskLevel.HIGH, T0, Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void aLaterAssessmentDoesNotMoveTheDeadline() {
        Optional<Instant> due = Optional.of(T0.plus(Duration.ofHours(24)));

        assertThat(policy.dueAt(RiskLevel.CRITICAL, T0.plus(Duration.ofHours(20)), due, Optional.empty()))
                .isEqualTo(due);
        assertThat(policy.dueAt(RiskLevel.LOW, T0.plus(Duration.ofHours(20)), due, Optional.empty())).isEqualTo(due);
    }

    @Test
    void isOverdueOnlyWithoutAResponseAfterTheDeadline() {
        Optional<Instant> due = Optional.of(T0);

        assertThat(FirstResponsePolicy.isOverdue(due, Optional.empty(), T0.plusSeconds(1))).isTrue();
        assertThat(FirstResponsePolicy.isOverdue(due, Optional.empty(), T0.minusSeconds(1))).isFalse();
        assertThat(FirstResponsePolicy.isOverdue(due, Optional.of(T0), T0.plusSeconds(1))).isFalse();
    }

    @Test
    void retentionIsDueOnlyForCasesClosedLongerThanThePeriod() {
        RetentionPolicy retention = new RetentionPolicy(Duration.ofDays(30));

        assertThat(retention.isDue(CaseStatus.CLOSED, Optional.of(T0), T0.plus(Duration.ofDays(31)))).isTrue();
        assertThat(retention.isDue(CaseStatus.CLOSED, Optional.of(T0), T0.plus(Duration.ofDays(29)))).isFalse();
        assertThat(retention.isDue(CaseStatus.MONITORING, Optional.of(T0), T0.plus(Duration.ofDays(31)))).isFalse();
    }
}
