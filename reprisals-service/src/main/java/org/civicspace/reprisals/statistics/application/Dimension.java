package org.civicspace.reprisals.statistics.application;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;
import org.civicspace.reprisals.casefile.domain.ActType;
import org.civicspace.reprisals.casefile.domain.UnMechanism;

/**
 * What statistics can be broken down by; each maps to one SQL expression, fixed here and nowhere else, and to the
 * way a value of that expression is spelled on the wire.
 */
public enum Dimension {
    COUNTRY("c.country", UnaryOperator.identity()),
    ACT_TYPE("a.act_type", stored -> ActType.valueOf(stored).code()),
    UN_MECHANISM("c.un_mechanism", stored -> UnMechanism.valueOf(stored).code()),
    /** The year a case was reported: a dimension of the caseload only, since each published table is of one year. */
    YEAR("CAST(EXTRACT(YEAR FROM c.reported_at) AS INTEGER)::text", UnaryOperator.identity());

    final String expression;
    private final UnaryOperator<String> wireValue;

    Dimension(String expression, UnaryOperator<String> wireValue) {
        this.expression = expression;
        this.wireValue = wireValue;
    }

    /** {@code country}, {@code act-type}, {@code un-mechanism}, {@code year} */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static Dimension fromCode(String code) {
        return WireCodes.parse(Dimension.class, code);
    }

    /**
     * A value of this dimension as the API spells it, from the value as the database holds it: an act type or a
     * mechanism is stored under its constant's name ({@code TRAVEL_BAN_OR_VISA_DENIAL}) and shown by its wire code
     * ({@code travel-ban-or-visa-denial}); a country or a year is shown as it is.
     */
    String wireValue(String stored) {
        return wireValue.apply(stored);
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
