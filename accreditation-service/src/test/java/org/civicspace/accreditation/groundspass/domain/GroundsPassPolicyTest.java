package org.civicspace.accreditation.groundspass.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.groundspass.domain.GroundsPassPolicy.Decision;
import org.civicspace.platform.domain.Refusal;
import org.civicspace.platform.domain.YouthAge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroundsPassPolicyTest {

    static final LocalDate VALID_FROM = LocalDate.of(2027, 1, 1);

    static Decision dgc(PassKind kind, LocalDate born, Map<PassKind, Integer> issued) {
        return GroundsPassPolicy.decide(Track.DGC, kind, DutyStation.NEW_YORK, born, VALID_FROM, issued);
    }

    @ParameterizedTest(name = "born {0}: {1} on the first day of validity, youth pass allowed: {2}")
    @CsvSource({
        "2009-01-02, 17, false",
        "2009-01-01, 18, true",
        "1994-01-02, 32, true",
        "1994-01-01, 33, false" })
    void givesYouthPassesToRepresentativesAged18To32OnTheFirstDayOfValidity(LocalDate born, int age, boolean allowed) {
        assertThat(YouthAge.ageOn(born, VALID_FROM)).isEqualTo(age);
        assertThat(dgc(PassKind.YOUTH, born, Map.of())).isInstanceOf(allowed ? Decision.Allowed.class
                : Decision.Declined.class);
    }

    @Test
    void letsYouthTakeRegularSeatsButNotAdultsYouthSeats() {
        assertThat(dgc(PassKind.REGULAR, LocalDate.of(2005, 6, 1), Map.of())).isInstanceOf(Decision.Allowed.class);
        Decision adult = dgc(PassKind.YOUTH, LocalDate.of(1980, 6, 1), Map.of());
        assertThat(adult).isInstanceOfSatisfying(Decision.Declined.class, refused -> {
            assertThat(refused.refusal()).isInstanceOf(Refusal.Unprocessable.class);
            assertThat(refused.refusal().toString()).contains("youth passes are for people aged 18 to 32");
        });
    }

    @Test
    void refusesMinorsAnyPass() {
        assertThat(dgc(PassKind.REGULAR, LocalDate.of(2010, 6, 1), Map.of()))
                .isInstanceOfSatisfying(Decision.Declined.class, r -> assertThat(r.refusal().toString()).contains("18 or over"));
    }

    @Test
    void holdsTheDgcQuotaOfSixWithTwoYouth() {
        LocalDate youth = LocalDate.of(2004, 1, 1);
        assertThat(dgc(PassKind.YOUTH, youth, Map.of(PassKind.YOUTH, 1, PassKind.REGULAR, 4)))
                .isInstanceOf(Decision.Allowed.class);
        assertThat(dgc(PassKind.YOUTH, youth, Map.of(PassKind.YOUTH, 2)))
                .isInstanceOfSatisfying(Decision.Declined.class, r -> assertThat(r.refusal()).isInstanceOf(Refusal.Conflict.class));
        assertThat(dgc(PassKind.REGULAR, youth, Map.of(PassKind.YOUTH, 2, PassKind.REGULAR, 4)))
                .isInstanceOfSatisfying(Decision.Declined.class, r -> assertThat(r.refusal().toString()).contains("all 6"));
        assertThat(dgc(PassKind.REGULAR, youth, Map.of(PassKind.YOUTH, 2, PassKind.REGULAR, 3)))
                .isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void holdsTheEcosocQuotaPerDutyStation() {
        LocalDate adult = LocalDate.of(1970, 1, 1);
        Map<PassKind, Integer> geneva = Map.of(PassKind.HEAD, 1, PassKind.ADDITIONAL_REPRESENTATIVE, 4);
        assertThat(GroundsPassPolicy.decide(Track.ECOSOC, PassKind.MAIN_REPRESENTATIVE, DutyStation.GENEVA, adult,
                VALID_FROM, geneva)).isInstanceOf(Decision.Allowed.class);
        assertThat(GroundsPassPolicy.decide(Track.ECOSOC, PassKind.HEAD, DutyStation.GENEVA, adult, VALID_FROM,
                geneva)).isInstanceOfSatisfying(Decision.Declined.class, r -> assertThat(r.refusal()).isInstanceOf(Refusal.Conflict.class));
        assertThat(GroundsPassPolicy.decide(Track.ECOSOC, PassKind.ADDITIONAL_REPRESENTATIVE, DutyStation.GENEVA,
                adult, VALID_FROM, geneva)).isInstanceOf(Decision.Declined.class);
    }

    @Test
    void refusesAPassOfTheOtherTrackOrStation() {
        LocalDate adult = LocalDate.of(1970, 1, 1);
        assertThat(dgc(PassKind.HEAD, adult, Map.of())).isInstanceOf(Decision.Declined.class);
        assertThat(GroundsPassPolicy.decide(Track.DGC, PassKind.REGULAR, DutyStation.VIENNA, adult, VALID_FROM,
                Map.of())).isInstanceOfSatisfying(Decision.Declined.class, r -> assertThat(r.refusal().toString())
                        .contains("New York"));
    }
}
