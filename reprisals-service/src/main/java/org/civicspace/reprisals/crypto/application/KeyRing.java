package org.civicspace.reprisals.crypto.application;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master keys this service holds, by key id, and which one wraps new data keys. Older keys stay until every
 * data key they wrapped has been re-wrapped under the active one (key rotation).
 */
public final class KeyRing {

    static final int KEY_BYTES = 32;

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;

    private KeyRing(Map<String, SecretKey> keys, String activeKeyId) {
        this.keys = Map.copyOf(keys);
        this.activeKeyId = activeKeyId;
    }

    /**
     * Builds the ring from configuration, failing fast with a message an operator can act on.
     *
     * @param encodedKeys base64 master keys by key id
     * @param activeKeyId the id of the key that wraps new data keys
     * @param activeKey   the active key given on its own (production: {@code CIVICSPACE_REPRISALS_MASTER_KEY})
     */
    public static KeyRing of(Map<String, String> encodedKeys, String activeKeyId, Optional<String> activeKey) {
        Map<String, SecretKey> keys = new TreeMap<>();
        encodedKeys.forEach((id, encoded) -> keys.put(id, decode(id, encoded)));
        activeKey.filter(k -> !k.isBlank()).ifPresent(encoded -> {
            SecretKey key = decode(activeKeyId, encoded);
            SecretKey listed = keys.putIfAbsent(activeKeyId, key);
            if (listed != null && !listed.equals(key)) {
                throw new IllegalStateException("Master key id '" + activeKeyId
                        + "' is configured twice with different keys; give each key its own id.");
            }
        });
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalStateException("No master key for the active key id '" + activeKeyId
                    + "': the reprisals service cannot protect case data without one. Set CIVICSPACE_REPRISALS_MASTER_KEY "
                    + "to the base64 of 32 random bytes (for example `openssl rand -base64 32`), kept in a secret store.");
        }
        return new KeyRing(keys, activeKeyId);
    }

    /** Decodes a base64 256-bit key, refusing anything else. */
    public static SecretKey decode(String name, String encoded) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Key '" + name + "' is not base64.");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("Key '" + name + "' must be 256 bits (32 bytes), not " + bytes.length * 8
                    + " bits.");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    SecretKey active() {
        return keys.get(activeKeyId);
    }

    /** The master key {@code keyId}; an unknown id means a key was removed before its data keys were rotated. */
    SecretKey key(String keyId) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("Master key '" + keyId + "' is no longer configured; data keys wrapped "
                    + "with it cannot be opened. Restore it and run the key rotation before removing it.");
        }
        return key;
    }

    public Set<String> keyIds() {
        return keys.keySet();
    }
}
