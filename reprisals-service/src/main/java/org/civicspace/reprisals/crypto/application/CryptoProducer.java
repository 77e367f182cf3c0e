package org.civicspace.reprisals.crypto.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.civicspace.reprisals.audit.domain.AuditChain;
import org.civicspace.reprisals.commons.application.ReprisalsConfig;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/** Builds the envelope cipher, blind index and audit chain from configuration, once, failing the start when a key is missing. */
@ApplicationScoped
public class CryptoProducer {

    /** Builds both at start: a service that cannot protect data must not start at all. */
    void failFastWithoutKeys(@Observes StartupEvent start, Envelopes envelopes, BlindIndex blindIndex,
            AuditChain auditChain) {
        Log.infof("case data protected under master key id %s", envelopes.activeKeyId());
    }

    @Produces
    @Singleton
    Envelopes envelopes(ReprisalsConfig config) {
        return new Envelopes(KeyRing.of(config.masterKeys(), config.activeKeyId(), config.masterKey()));
    }

    @Produces
    @Singleton
    BlindIndex blindIndex(ReprisalsConfig config) {
        String encoded = config.blindIndexKey().filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                "No blind-index key: set CIVICSPACE_REPRISALS_BLIND_INDEX_KEY to the base64 of 32 random bytes, "
                        + "different from every master key."));
        return new BlindIndex(KeyRing.decode("blind-index", encoded));
    }

    @Produces
    @Singleton
    AuditChain auditChain(ReprisalsConfig config) {
        String encoded = config.audit().key().filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                "No audit key: set CIVICSPACE_REPRISALS_AUDIT_KEY to the base64 of 32 random bytes, different from "
                        + "every other key and kept outside the database."));
        return new AuditChain(KeyRing.decode("audit", encoded));
    }
}
