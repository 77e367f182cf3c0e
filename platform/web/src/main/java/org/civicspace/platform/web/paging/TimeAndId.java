package org.civicspace.platform.web.paging;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The position in a list ordered by a time and then an id, the order most paged lists keep. */
public record TimeAndId(Instant at, UUID id) {

    /** The position a client's cursor names; absent for the first page, 400 when the cursor is not one of ours. */
    public static Optional<TimeAndId> of(String cursor) {
        return Cursor.decode(cursor, 2).map(c -> new TimeAndId(c.key(0, Instant::parse),
                c.key(1, UUID::fromString)));
    }

    /** The cursor of the item at {@code at}, {@code id}. */
    public static Cursor after(Instant at, UUID id) {
        return Cursor.after(at.toString(), id.toString());
    }
}
