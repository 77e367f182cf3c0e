package org.civicspace.platform.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * Who counts as youth where the UN sets places aside for young people: a person aged {@value #MIN} to {@value #MAX}
 * in whole years on the day that matters (a grounds pass's first day of validity, an event's first day). The one
 * rule for youth grounds passes (accreditation) and youth-share seats (events). Nobody under {@value #MIN} is
 * admitted at all.
 */
public final class YouthAge {

    /** The youngest age at which anyone is admitted, and the youngest youth. */
    public static final int MIN = 18;
    /** The oldest age at which someone still counts as youth. */
    public static final int MAX = 32;

    private YouthAge() {
    }

    /** Age in whole years on {@code day}: someone born on 29 February turns a year older on 1 March. */
    public static int ageOn(LocalDate dateOfBirth, LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** Whether a person born on {@code dateOfBirth} is youth on {@code day}; unknown birth dates are not. */
    public static boolean isYouthOn(LocalDate dateOfBirth, LocalDate day) {
        if (dateOfBirth == null) {
            return false;
        }
        int age = ageOn(dateOfBirth, day);
        return age >= MIN && age <= MAX;
    }
}
