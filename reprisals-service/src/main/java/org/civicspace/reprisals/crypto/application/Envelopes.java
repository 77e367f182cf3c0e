package org.civicspace.reprisals.crypto.application;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.civicspace.reprisals.crypto.domain.DataKey;
import org.civicspace.reprisals.crypto.domain.WrappedKey;

/**
 * Envelope encryption with the JDK's own AES-GCM: each case gets a random 256-bit data key, wrapped (AES-GCM) by the
 * active master key with the case id and key id as associated data, so a wrapped key cannot be moved to another
 * case. Each identifying record is sealed with the case's data key under a fresh 96-bit IV, with the record's id as
 * associated data, so ciphertexts cannot be swapped between records. Deleting the wrapped key crypto-shreds the case.
 */
public final class Envelopes {

    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Format version of sealed records and wrapped keys, so the scheme can change without guessing. */
    private static final byte FORMAT = 1;

    private final KeyRing ring;
    private final SecureRandom random = new SecureRandom();

    public Envelopes(KeyRing ring) {
        this.ring = ring;
    }

    public String activeKeyId() {
        return ring.activeKeyId();
    }

    /** A fresh data key for case {@code caseId}, wrapped under the active master key. */
    public DataKey newDataKey(UUID caseId) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(KeyRing.KEY_BYTES * 8, random);
            SecretKey key = generator.generateKey();
            return new DataKey(caseId, key, wrap(caseId, key, ring.activeKeyId()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create a data key", e);
        }
    }

    /** Opens the stored data key of case {@code caseId}. */
    public DataKey unwrap(UUID caseId, WrappedKey wrapped) {
        byte[] raw = decrypt(ring.key(wrapped.keyId()), wrapped.wrapped(), keyAad(caseId, wrapped.keyId()));
        return new DataKey(caseId, new SecretKeySpec(raw, "AES"), wrapped);
    }

    /** The same data key wrapped under the active master key: key rotation without touching any ciphertext. */
    public WrappedKey rewrap(UUID caseId, WrappedKey wrapped) {
        return wrap(caseId, unwrap(caseId, wrapped).key(), ring.activeKeyId());
    }

    /** The same data key wrapped under master key {@code keyId}; rotation tests use it to age a record. */
    public WrappedKey rewrapUnder(UUID caseId, WrappedKey wrapped, String keyId) {
        return wrap(caseId, unwrap(caseId, wrapped).key(), keyId);
    }

    /** Encrypts {@code plaintext} of record {@code recordId} with the case's data key. */
    public byte[] seal(DataKey key, UUID recordId, byte[] plaintext) {
        return encrypt(key.key(), plaintext, recordAad(key.caseId(), recordId));
    }

    /** Decrypts what {@link #seal} produced for the same record; fails if anything was altered or moved. */
    public byte[] open(DataKey key, UUID recordId, byte[] sealed) {
        return decrypt(key.key(), sealed, recordAad(key.caseId(), recordId));
    }

    private WrappedKey wrap(UUID caseId, SecretKey key, String keyId) {
        return new WrappedKey(keyId, encrypt(ring.key(keyId), key.getEncoded(), keyAad(caseId, keyId)));
    }

    private byte[] encrypt(SecretKey key, byte[] plaintext, byte[] aad) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            byte[] ciphertext = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + IV_BYTES + ciphertext.length).put(FORMAT).put(iv).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    private byte[] decrypt(SecretKey key, byte[] sealed, byte[] aad) {
        if (sealed.length < 1 + IV_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT) {
            throw new IllegalStateException("not a sealed value of this service");
        }
        try {
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, IV_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES);
        } catch (GeneralSecurityException e) {
            // no detail: the cause (wrong key, altered or moved ciphertext) must not help an attacker
            throw new IllegalStateException("a sealed value failed authentication");
        }
    }

    private static byte[] keyAad(UUID caseId, String keyId) {
        return ("civicspace-reprisals/data-key/" + caseId + "/" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] recordAad(UUID caseId, UUID recordId) {
        return ("civicspace-reprisals/record/" + caseId + "/" + recordId).getBytes(StandardCharsets.UTF_8);
    }
}
