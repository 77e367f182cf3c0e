package org.civicspace.reprisals.api;

import java.util.Arrays;
import java.util.Optional;

import org.civicspace.platform.web.problem.ProblemException;
import org.civicspace.reprisals.domain.Purpose;

/** Reads the {@code purpose} query parameter: absent means "no identifying data"; unknown values are refused. */
public final class Purposes {

    private Purposes() {
    }

    public static Optional<Purpose> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Purpose.parse(value).orElseThrow(() -> ProblemException.invalid("purpose",
                "must be one of " + Arrays.toString(Purpose.values()))));
    }
}
