package org.civicspace.reprisals.crypto.domain;

import java.util.UUID;

import javax.crypto.SecretKey;

/** The plaintext data key of one case, held in memory only while a request uses it. */
public record DataKey(UUID caseId, SecretKey key, WrappedKey wrapped) {

    @Override
    public String toString() {
        // never print key material, even by accident
        return "DataKey[case " + caseId + ", wrapped under " + wrapped.keyId() + "]";
    }
}
