package org.civicspace.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class YouthAgeTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);

    @Test
    void youthRunsFromTheEighteenthBirthdayToTheDayBeforeTheThirtyThird() {
        assertThat(YouthAge.isYouthOn(DAY.minusYears(18), DAY)).isTrue();
        assertThat(YouthAge.isYouthOn(DAY.minusYears(18).plusDays(1), DAY)).isFalse();
        assertThat(YouthAge.isYouthOn(DAY.minusYears(33).plusDays(1), DAY)).isTrue();
        assertThat(YouthAge.isYouthOn(DAY.minusYears(33), DAY)).isFalse();
    }

    @Test
    void anUnknownBirthDateIsNotYouth() {
        assertThat(YouthAge.isYouthOn(null, DAY)).isFalse();
    }

    @Test
    void someoneBornOnTheTwentyNinthOfFebruaryTurnsOlderOnTheFirstOfMarch() {
        LocalDate leapBirthday = LocalDate.of(2008, 2, 29);

        assertThat(YouthAge.ageOn(leapBirthday, LocalDate.of(2026, 2, 28))).isEqualTo(17);
        assertThat(YouthAge.ageOn(leapBirthday, LocalDate.of(2026, 3, 1))).isEqualTo(18);
    }
}
