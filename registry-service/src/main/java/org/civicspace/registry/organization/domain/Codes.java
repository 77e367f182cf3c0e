package org.civicspace.registry.organization.domain;

import java.util.Arrays;
import java.util.Locale;

/** Wire codes of enums: the constant's name in lower case with dashes, {@code WOMENS_GROUP} is {@code womens-group}. */
final class Codes {

    private Codes() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> of(constant).equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + code));
    }
}
