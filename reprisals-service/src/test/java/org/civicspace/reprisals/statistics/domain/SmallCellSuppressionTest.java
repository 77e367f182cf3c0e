package org.civicspace.reprisals.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

    @Test
    void withholdsEveryCountBelowFive() {
        assertThat(SmallCellSuppression.publishable(4)).isEmpty();
        assertThat(SmallCellSuppression.publishable(1)).isEmpty();
        assertThat(SmallCellSuppression.publishable(0)).isEmpty();
    }

    @Test
    void roundsEveryPublishedCountDownToAMultipleOfFive() {
        assertThat(SmallCellSuppression.publishable(5)).hasValue(5);
        assertThat(SmallCellSuppression.publishable(9)).hasValue(5);
        assertThat(SmallCellSuppression.publishable(10)).hasValue(10);
        assertThat(SmallCellSuppression.publishable(14)).hasValue(10);
    }

    @Test
    void aPublishedCountAndItsPartsNeverPinDownASmallRemainder() {
        // every published figure p stands for p..p+4, so a total minus a part ranges over at least nine counts
        for (long total = 5; total < 40; total++) {
            for (long part = 5; part <= total; part++) {
                long shownTotal = SmallCellSuppression.publishable(total).getAsLong();
                long shownPart = SmallCellSuppression.publishable(part).getAsLong();
                long lowest = Math.max(0, shownTotal - (shownPart + 4));
                long highest = shownTotal + 4 - shownPart;
                assertThat(highest - lowest).isGreaterThanOrEqualTo(4);
            }
        }
    }
}
