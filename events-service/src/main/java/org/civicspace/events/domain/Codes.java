package org.civicspace.events.domain;

import java.util.Arrays;
import java.util.function.Function;

/** Reads an enum from its API code, the kebab-case name every enum here carries. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> E fromCode(Class<E> type, Function<E, String> code, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> code.apply(e).equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + type.getSimpleName() + " " + value));
    }
}
