package org.civicspace.reprisals.crypto.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.civicspace.reprisals.crypto.domain.DataKey;
import org.civicspace.reprisals.crypto.domain.WrappedKey;

class EnvelopesTest {

    static final String OLD = "gounGPtRz9XwSo1Jzr4z5c2Qrb4XyugxsLtF5YzMgLs=";
    static final String NEW = "rq7+njW0GMsuDEFzFC5JemsEUQOtz/NVlt5Xj9tan+Q=";
    static final byte[] SECRET = "Person A, Example town".getBytes(StandardCharsets.UTF_8);

    final UUID caseId = UUID.randomUUID();
    final UUID recordId = UUID.randomUUID();

    @Test
    void sealsAndOpensWithTheCaseDataKey() {
        Envelopes envelopes = ring("k1", Map.of("k1", OLD));
        DataKey key = envelopes.newDataKey(caseId);

        byte[] sealed = envelopes.seal(key, recordId, SECRET);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Person A");
        assertThat(envelopes.open(envelopes.unwrap(caseId, key.wrapped()), recordId, sealed)).isEqualTo(SECRET);
    }

    @Test
    void usesAFreshIvForEverySeal() {
        Envelopes envelopes = ring("k1", Map.of("k1", OLD));
        DataKey key = envelopes.newDataKey(caseId);

        assertThat(envelopes.seal(key, recordId, SECRET)).isNotEqualTo(envelopes.seal(key, recordId, SECRET));
    }

    @Test
    void refusesACiphertextMovedToAnotherRecord() {
        Envelopes envelopes = ring("k1", Map.of("k1", OLD));
        DataKey key = envelopes.newDataKey(caseId);
        byte[] sealed = envelopes.seal(key, recordId, SECRET);

        assertThatThrownBy(() -> envelopes.open(key, UUID.randomUUID(), sealed))
                .hasMessageContaining("failed authentication");
    }

    @Test
    void refusesAWrappedKeyMovedToAnotherCase() {
        Envelopes envelopes = ring("k1", Map.of("k1", OLD));
        DataKey key = envelopes.newDataKey(caseId);

        assertThatThrownBy(() -> envelopes.unwrap(UUID.randomUUID(), key.wrapped()))
                .hasMessageContaining("failed authentication");
    }

    @Test
    void rotationRewrapsUnderTheNewKeyWithoutChangingCiphertexts() {
        Envelopes before = ring("k1", Map.of("k1", OLD));
        DataKey key = before.newDataKey(caseId);
        byte[] sealed = before.seal(key, recordId, SECRET);
        Envelopes after = ring("k2", Map.of("k1", OLD, "k2", NEW));

        WrappedKey rewrapped = after.rewrap(caseId, key.wrapped());

        assertThat(rewrapped.keyId()).isEqualTo("k2");
        Envelopes withoutOldKey = ring("k2", Map.of("k2", NEW));
        assertThat(withoutOldKey.open(withoutOldKey.unwrap(caseId, rewrapped), recordId, sealed)).isEqualTo(SECRET);
        assertThatThrownBy(() -> withoutOldKey.unwrap(caseId, key.wrapped()))
                .hasMessageContaining("no longer configured");
    }

    @Test
    void blindIndexMatchesTheSameNameHoweverTypedButNotWithAnotherKey() {
        BlindIndex index = new BlindIndex(KeyRing.decode("bi", OLD));

        assertThat(index.digest("name", "Person  A")).isEqualTo(index.digest("name", " person a"));
        assertThat(index.digest("name", "Person A")).isNotEqualTo(index.digest("contact", "Person A"));
        assertThat(new BlindIndex(KeyRing.decode("bi", NEW)).digest("name", "Person A"))
                .isNotEqualTo(index.digest("name", "Person A"));
    }

    static Envelopes ring(String active, Map<String, String> keys) {
        return new Envelopes(KeyRing.of(keys, active, Optional.empty()));
    }
}
