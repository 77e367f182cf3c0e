package org.civicspace.events.commons.api;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.civicspace.platform.web.paging.Cursor;
import org.civicspace.platform.web.problem.ProblemException;

/** The position in a list ordered by a time and then an id, as every paged list of this service is. */
public record Keyset(Instant at, UUID id) {

    /** The position a client's cursor names; absent for the first page, 400 when the cursor is not one of ours. */
    public static Optional<Keyset> of(String cursor) {
        return Cursor.decode(cursor, 2).map(c -> {
            try {
                return new Keyset(Instant.parse(c.key(0)), UUID.fromString(c.key(1)));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "is not a cursor this list issued");
            }
        });
    }

    /** The cursor of the item at {@code at}, {@code id}. */
    public static Cursor after(Instant at, UUID id) {
        return Cursor.after(at.toString(), id.toString());
    }
}
