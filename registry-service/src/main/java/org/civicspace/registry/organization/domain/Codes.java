package org.civicspace.registry.organization.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Wire codes of enums: the constant's name in lower case with dashes, {@code WOMENS_GROUP} is {@code womens-group}.
 * Each enum's codes are worked out once and kept: every view of an organisation writes several of them.
 */
final class Codes {

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

    private Codes() {
    }

    static String of(Enum<?> constant) {
        return TABLES.get(constant.getDeclaringClass()).codes()[constant.ordinal()];
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        Enum<?> constant = code == null ? null : TABLES.get(type).constants().get(code);
        if (constant == null) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + code);
        }
        return type.cast(constant);
    }
}
