package org.civicspace.reprisals.statistics;

import java.util.Arrays;
import java.util.List;

/** What statistics can be broken down by; each maps to one SQL expression, fixed here and nowhere else. */
public enum Dimension {
    COUNTRY("c.country"),
    ACT_TYPE("a.act_type"),
    UN_MECHANISM("c.un_mechanism"),
    /** The year a case was reported: a dimension of the caseload only, since each published table is of one year. */
    YEAR("CAST(EXTRACT(YEAR FROM c.reported_at) AS INTEGER)::text");

    final String expression;

    Dimension(String expression) {
        this.expression = expression;
    }

    /** The dimensions of the published tables of a year: each one alone, and each pair. */
    static final List<Dimension> PUBLISHED = List.of(COUNTRY, ACT_TYPE, UN_MECHANISM);

    /** The names of {@code dimensions} in a fixed order, as the published table is stored under. */
    static String tableName(List<Dimension> dimensions) {
        return String.join(",", dimensions.stream().sorted().map(Enum::name).toList());
    }

    static List<List<Dimension>> publishedTables() {
        return Arrays.stream(new int[][] { { 0 }, { 1 }, { 2 }, { 0, 1 }, { 0, 2 }, { 1, 2 } })
                .map(pair -> Arrays.stream(pair).mapToObj(PUBLISHED::get).toList()).toList();
    }
}
