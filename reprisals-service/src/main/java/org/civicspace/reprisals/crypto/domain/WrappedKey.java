package org.civicspace.reprisals.crypto.domain;

/** A record's data key as stored: encrypted under master key {@code keyId}. */
public record WrappedKey(String keyId, byte[] wrapped) {
}
