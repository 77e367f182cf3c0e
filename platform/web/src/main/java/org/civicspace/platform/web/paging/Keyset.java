package org.civicspace.platform.web.paging;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The order of a list read in cursor pages: its sort keys, each ascending or descending, the last one unique (the
 * id) so that every row has one place, and all of them columns that do not change, so that a walk with next neither
 * loses nor repeats a row. It writes the order, the condition that reads on after a cursor's position, and the
 * cursor of a row; a cursor whose keys do not read back is one this list did not issue (400).
 */
public final class Keyset {

    /** One sort key: the field (or column) it orders by, its direction, and how its text in a cursor reads back. */
    public record Key(String field, boolean descending, Function<String, ?> read) {
    }

    private final List<Key> keys;

    private Keyset(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    public static Keyset of(Key... keys) {
        return new Keyset(Arrays.asList(keys));
    }

    public static Key ascending(String field, Function<String, ?> read) {
        return new Key(field, false, read);
    }

    public static Key descending(String field, Function<String, ?> read) {
        return new Key(field, true, read);
    }

    /** The order by clause: {@code grantedOn desc, id}. */
    public String orderBy() {
        return keys.stream().map(key -> key.field() + (key.descending() ? " desc" : ""))
                .collect(Collectors.joining(", "));
    }

    /**
     * The condition for the rows after the position a client sent back, with the position's values put in
     * {@code parameters} as {@code after0}, {@code after1}, ...; empty for the first page.
     */
    public Optional<String> after(String cursor, Map<String, Object> parameters) {
        return Cursor.decode(cursor, keys.size()).map(position -> {
            for (int i = 0; i < keys.size(); i++) {
                parameters.put("after" + i, position.key(i, keys.get(i).read()));
            }
            return "(" + beyond(0) + ")";
        });
    }

    /** The cursor of a row whose sort keys hold these values, in the keys' order. */
    public Cursor cursorOf(Object... values) {
        return new Cursor(Arrays.stream(values).map(String::valueOf).toList());
    }

    /** Past the position on key {@code i}, or level with it there and past it on the keys that follow. */
    private String beyond(int i) {
        Key key = keys.get(i);
        String past = key.field() + (key.descending() ? " < " : " > ") + ":after" + i;
        if (i == keys.size() - 1) {
            return past;
        }
        return past + " or (" + key.field() + " = :after" + i + " and (" + beyond(i + 1) + "))";
    }
}
