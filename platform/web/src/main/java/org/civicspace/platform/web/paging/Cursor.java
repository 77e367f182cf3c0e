package org.civicspace.platform.web.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.civicspace.platform.domain.Refused;

/**
 * An opaque position in a keyset-ordered list: the sort key values of the last item a page returned. Clients pass
 * it back unchanged as {@code cursor}; it is base64url so it survives any URL, and tampering gets a 400.
 */
public record Cursor(List<String> keys) {

    private static final String SEPARATOR = "\u001f";
    private static final String NOT_OURS = "is not a cursor this list issued";

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor after(String... keys) {
        return new Cursor(List.of(keys));
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keys).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor a client sent back; absent for the first page, 400 when it is not one of ours. */
    public static Optional<Cursor> decode(String encoded, int expectedKeys) {
        if (encoded == null || encoded.isEmpty()) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            List<String> keys = List.of(decoded.split(SEPARATOR, -1));
            if (keys.size() != expectedKeys) {
                throw Refused.invalid("cursor", NOT_OURS);
            }
            return Optional.of(new Cursor(keys));
        } catch (IllegalArgumentException e) {
            throw Refused.invalid("cursor", NOT_OURS);
        }
    }

    public String key(int index) {
        return keys.get(index);
    }

    /** The key at {@code index} read back with {@code read} (such as {@code UUID::fromString}); 400 if it fails. */
    public <T> T key(int index, Function<String, T> read) {
        try {
            return read.apply(keys.get(index));
        } catch (RuntimeException e) {
            throw Refused.invalid("cursor", NOT_OURS);
        }
    }
}
