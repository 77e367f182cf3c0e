package org.civicspace.reprisals.statistics.domain;

import java.util.OptionalLong;

/**
 * No one may be singled out through statistics, alone or by combining them: a count below five is withheld with its
 * key, and every count that is published is rounded down to a multiple of five. Each published figure then stands
 * for five possible true counts, so differences and sums of published figures give ranges, never a count below
 * five; the tables of a year are published once, after it ended, so polls over time give the same figures.
 */
public final class SmallCellSuppression {

    public static final int THRESHOLD = 5;

    private SmallCellSuppression() {
    }

    /** The count to publish (rounded down to a multiple of five), or empty when it must be withheld. */
    public static OptionalLong publishable(long count) {
        return count < THRESHOLD ? OptionalLong.empty() : OptionalLong.of(count - count % THRESHOLD);
    }
}
