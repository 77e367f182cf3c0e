package org.civicspace.events.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.civicspace.events.registration.domain.SeatPolicy.Seats;
import org.civicspace.events.registration.domain.SeatPolicy.Waiting;
import org.civicspace.platform.domain.YouthAge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeatPolicyTest {

    @Test
    void reservesTheYouthShareRoundedUp() {
        assertThat(new Seats(100, 34, 0, 0).reservedForYouth()).isEqualTo(34);
        assertThat(new Seats(10, 34, 0, 0).reservedForYouth()).isEqualTo(4);
        assertThat(new Seats(10, 0, 0, 0).reservedForYouth()).isZero();
    }

    @Test
    void keepsReservedSeatsForYouthAndNeverOverbooks() {
        Seats sixOfTenTakenByAdults = new Seats(10, 40, 6, 6);
        assertThat(sixOfTenTakenByAdults.hasSeatFor(false)).isFalse();
        assertThat(sixOfTenTakenByAdults.hasSeatFor(true)).isTrue();
        Seats full = new Seats(10, 40, 10, 6);
        assertThat(full.hasSeatFor(true)).isFalse();
    }

    @Test
    void promotesTheFirstOnTheListWhoMayTakeTheSeat() {
        List<Waiting<String>> list = List.of(new Waiting<>("adult-first", false), new Waiting<>("youth-second", true),
                new Waiting<>("adult-third", false));

        assertThat(SeatPolicy.nextToPromote(list, new Seats(10, 40, 9, 6))).map(Waiting::id).contains("youth-second");
        assertThat(SeatPolicy.nextToPromote(list, new Seats(10, 40, 9, 5))).map(Waiting::id).contains("adult-first");
        assertThat(SeatPolicy.nextToPromote(list, new Seats(10, 40, 10, 5))).isEmpty();
    }

    @ParameterizedTest(name = "born {0}: youth on 2027-03-10 is {1}")
    @CsvSource({ "2009-03-11, false", "2009-03-10, true", "1994-03-11, true", "1994-03-10, false", ", false" })
    void countsAsYouthFrom18To32OnTheFirstDay(LocalDate born, boolean youth) {
        assertThat(YouthAge.isYouthOn(born, LocalDate.of(2027, 3, 10))).isEqualTo(youth);
    }
}
