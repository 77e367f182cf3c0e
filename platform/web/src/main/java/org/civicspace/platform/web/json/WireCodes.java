package org.civicspace.platform.web.json;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one spelling of enum values on the wire (API, events, feeds): the constant's name in lower case with dashes,
 * {@code WOMENS_GROUP} is {@code womens-group}. An enum exposes it with a {@code @JsonValue code()} that calls
 * {@link #of} and reads it back with a static {@code fromCode} that calls {@link #parse}. What a service stores is
 * its own choice, written down where it maps the column. Each enum's codes are worked out once and kept.
 */
public final class WireCodes {

    /** Per enum type: its constants' codes in declaration order, and the constants by code. */
    private record Table(String[] codes, Map<String, Enum<?>> constants) {
    }

    private static final ClassValue<Table> TABLES = new ClassValue<>() {
        @Override
        protected Table computeValue(Class<?> type) {
            Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
            String[] codes = new String[constants.length];
            Map<String, Enum<?>> byCode = new HashMap<>();
            for (Enum<?> constant : constants) {
                codes[constant.ordinal()] = constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
                byCode.put(codes[constant.ordinal()], constant);
            }
            return new Table(codes, Map.copyOf(byCode));
        }
    };

    private WireCodes() {
    }

    /** The wire code of a constant: {@code NATIONAL_NGO} is {@code national-ngo}. */
    public static String of(Enum<?> constant) {
        return TABLES.get(constant.getDeclaringClass()).codes()[constant.ordinal()];
    }

    /** The constant with this wire code; an {@link IllegalArgumentException} naming the type for any other text. */
    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        Enum<?> constant = code == null ? null : TABLES.get(type).constants().get(code);
        if (constant == null) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + code);
        }
        return type.cast(constant);
    }
}
