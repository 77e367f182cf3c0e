package org.civicspace.accreditation.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import org.civicspace.platform.web.paging.Cursor;
import org.civicspace.platform.web.problem.ProblemException;

/**
 * The position in a list kept newest first by a point in time, then by id (applications by creation): the cursor of
 * its pages, and the condition that reads on after it.
 */
final class InstantThenIdCursor {

    private InstantThenIdCursor() {
    }

    /** Where the previous page ended. */
    record Position(Instant at, UUID id) {
    }

    /** The position a client sent back; absent for the first page, 400 when it is not one these lists issued. */
    static Optional<Position> decode(String cursor) {
        return Cursor.decode(cursor, 2).map(c -> {
            try {
                return new Position(Instant.parse(c.key(0)), UUID.fromString(c.key(1)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw ProblemException.invalid("cursor", "is not a cursor this list issued");
            }
        });
    }

    static Cursor after(Instant at, UUID id) {
        return Cursor.after(at.toString(), id.toString());
    }

    /**
     * The JPQL condition for the rows after the position in the order {@code at desc, id}, with the parameters
     * {@code afterAt} and {@code afterId}.
     */
    static String condition(String atField) {
        return "(" + atField + " < :afterAt or (" + atField + " = :afterAt and id > :afterId))";
    }
}
