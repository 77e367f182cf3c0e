package org.civicspace.accreditation.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import org.civicspace.platform.web.paging.Cursor;
import org.civicspace.platform.web.problem.ProblemException;

/**
 * The position in a list kept newest day first, then by id (accreditations by grant, sessions by start): the
 * cursor of its pages, and the condition that reads on after it.
 */
final class DayThenIdCursor {

    private DayThenIdCursor() {
    }

    /** Where the previous page ended. */
    record Position(LocalDate day, UUID id) {
    }

    /** The position a client sent back; absent for the first page, 400 when it is not one these lists issued. */
    static Optional<Position> decode(String cursor) {
        return Cursor.decode(cursor, 2).map(c -> {
            try {
                return new Position(LocalDate.parse(c.key(0)), UUID.fromString(c.key(1)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw ProblemException.invalid("cursor", "is not a cursor this list issued");
            }
        });
    }

    static Cursor after(LocalDate day, UUID id) {
        return Cursor.after(day.toString(), id.toString());
    }

    /**
     * The JPQL condition for the rows after the position in the order {@code day desc, id}, with the parameters
     * {@code afterDay} and {@code afterId}.
     */
    static String condition(String dayField) {
        return "(" + dayField + " < :afterDay or (" + dayField + " = :afterDay and id > :afterId))";
    }
}
