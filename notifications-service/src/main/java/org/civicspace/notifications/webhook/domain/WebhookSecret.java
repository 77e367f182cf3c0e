package org.civicspace.notifications.webhook.domain;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * A subscription's signing secret, in the Standard Webhooks form {@code whsec_<base64 of 32 random bytes>}: shown to
 * the partner once, when made or rotated, and kept by the service to sign each delivery.
 */
public record WebhookSecret(byte[] key) {

    public static final String PREFIX = "whsec_";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public WebhookSecret {
        if (key.length < 24 || key.length > 64) {
            throw new IllegalArgumentException("a webhook secret has 24 to 64 bytes");
        }
        key = key.clone();
    }

    /** A new random secret. */
    public static WebhookSecret generate() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new WebhookSecret(key);
    }

    /** Reads {@code whsec_...} back. */
    public static WebhookSecret parse(String text) {
        if (!text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
        return new WebhookSecret(Base64.getDecoder().decode(text.substring(PREFIX.length())));
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    /** The secret as the partner configures it: {@code whsec_...}. */
    public String text() {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** Never the secret itself, so that no log or exception message carries it. */
    @Override
    public String toString() {
        return "WebhookSecret[redacted]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret secret && MessageDigest.isEqual(key, secret.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }
}
