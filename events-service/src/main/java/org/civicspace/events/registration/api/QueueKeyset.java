package org.civicspace.events.registration.api;

import java.util.Optional;
import java.util.UUID;

import org.civicspace.platform.web.paging.Cursor;

/**
 * The position in an event's registrations, kept in the order they were made (the waiting list's order, first come
 * first served): the registration's sequence, then its id.
 */
record QueueKeyset(long sequence, UUID id) {

    /** The position a client's cursor names; absent for the first page, 400 when the cursor is not one of ours. */
    static Optional<QueueKeyset> of(String cursor) {
        return Cursor.decode(cursor, 2).map(c -> new QueueKeyset(c.key(0, Long::valueOf),
                c.key(1, UUID::fromString)));
    }

    /** The cursor of the registration at {@code sequence}, {@code id}. */
    static Cursor after(long sequence, UUID id) {
        return Cursor.after(Long.toString(sequence), id.toString());
    }
}
