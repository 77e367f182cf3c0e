package org.civicspace.reprisals.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

    @Test
    void withholdsEveryCountBelowFive() {
        assertThat(SmallCellSuppression.publishable(4)).isEmpty();
        assertThat(SmallCellSuppression.publishable(1)).isEmpty();
    }

    @Test
    void publishesFiveAndMore() {
        assertThat(SmallCellSuppression.publishable(5)).hasValue(5);
    }
}
