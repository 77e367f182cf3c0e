package org.civicspace.reprisals.commons.api;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.civicspace.platform.web.paging.Cursor;
import org.civicspace.platform.web.problem.ProblemException;

/**
 * The positions that the reprisals lists page from, read from a client's cursor: a time and an id for the lists in
 * time order (cases, consents, risk assessments, overdue first responses, duplicate referrals), an id alone for the
 * possible duplicates. A cursor holds only the last item of a page the caller was shown.
 */
public final class Keysets {

    private static final String NOT_OURS = "is not a cursor this list issued";

    private Keysets() {
    }

    /** A position in a list ordered by a time, then by id. */
    public record TimeAndId(Instant at, UUID id) {
    }

    /** The position a cursor names; absent for the first page, 400 when the cursor is not one of ours. */
    public static Optional<TimeAndId> timeAndId(String cursor) {
        return Cursor.decode(cursor, 2).map(c -> {
            try {
                return new TimeAndId(Instant.parse(c.key(0)), UUID.fromString(c.key(1)));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", NOT_OURS);
            }
        });
    }

    /** The cursor of the item at {@code at}, {@code id}. */
    public static Cursor after(Instant at, UUID id) {
        return Cursor.after(at.toString(), id.toString());
    }

    /** The id a cursor of a list ordered by id names; absent for the first page, 400 when it is not one of ours. */
    public static Optional<UUID> id(String cursor) {
        return Cursor.decode(cursor, 1).map(c -> {
            try {
                return UUID.fromString(c.key(0));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", NOT_OURS);
            }
        });
    }

    /** The cursor of the item {@code id}. */
    public static Cursor after(UUID id) {
        return Cursor.after(id.toString());
    }
}
