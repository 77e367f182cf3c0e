package org.civicspace.reprisals.crypto.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed digests (HMAC-SHA256) of identifying values, for exact-match duplicate detection without storing the
 * values: without the blind-index key a digest cannot be tested against a guessed name. Its key is separate from the
 * master keys, so rotating those does not change any digest.
 */
public final class BlindIndex {

    private final SecretKey key;

    public BlindIndex(SecretKey key) {
        this.key = new SecretKeySpec(key.getEncoded(), "HmacSHA256");
    }

    /** The digest of {@code value} as a value of kind {@code field}, insensitive to case, spacing and Unicode form. */
    public String digest(String field, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((field + ":" + normalize(value)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute a blind index", e);
        }
    }

    static String normalize(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim()
                .replaceAll("\\s+", " ");
    }
}
