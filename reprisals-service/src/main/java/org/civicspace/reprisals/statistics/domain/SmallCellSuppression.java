package org.civicspace.reprisals.statistics.domain;

import java.util.OptionalLong;

/**
 * No one may be singled out through statistics: every count below five is withheld. Totals are not published
 * either, since a total minus the shown cells would reveal a withheld one.
 */
public final class SmallCellSuppression {

    public static final int THRESHOLD = 5;

    private SmallCellSuppression() {
    }

    /** The count to publish, or empty when it must be withheld. */
    public static OptionalLong publishable(long count) {
        return count < THRESHOLD ? OptionalLong.empty() : OptionalLong.of(count);
    }
}
