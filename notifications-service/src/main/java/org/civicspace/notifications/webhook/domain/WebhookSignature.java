package org.civicspace.notifications.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The headers that sign one delivery, per the Standard Webhooks specification: {@code webhook-id} (the same on every
 * attempt and replay, so a receiver drops a duplicate), {@code webhook-timestamp} (seconds since the epoch, of this
 * attempt) and {@code webhook-signature}: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, one per secret
 * that is valid, separated by spaces, so that a receiver still holding the previous secret during a rotation
 * accepts the delivery.
 */
public record WebhookSignature(String id, long timestamp, String signature) {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    /** Signs {@code body} of message {@code id}, sent at {@code at}, with each of {@code secrets}. */
    public static WebhookSignature sign(String id, Instant at, String body, List<WebhookSecret> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a delivery is signed with at least one secret");
        }
        long timestamp = at.getEpochSecond();
        String content = id + "." + timestamp + "." + body;
        String signature = secrets.stream().map(secret -> "v1," + hmac(secret, content))
                .collect(Collectors.joining(" "));
        return new WebhookSignature(id, timestamp, signature);
    }

    private static String hmac(WebhookSecret secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
