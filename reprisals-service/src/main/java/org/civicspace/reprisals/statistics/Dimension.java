package org.civicspace.reprisals.statistics;

/** What statistics can be broken down by; each maps to one SQL expression, fixed here and nowhere else. */
public enum Dimension {
    COUNTRY("c.country"),
    YEAR("CAST(EXTRACT(YEAR FROM c.reported_at) AS INTEGER)::text"),
    ACT_TYPE("a.act_type"),
    UN_MECHANISM("c.un_mechanism");

    final String expression;

    Dimension(String expression) {
        this.expression = expression;
    }
}
