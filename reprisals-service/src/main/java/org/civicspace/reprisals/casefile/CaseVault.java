package org.civicspace.reprisals.casefile;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.crypto.DataKey;
import org.civicspace.reprisals.crypto.Envelopes;

/** Seals and opens the identifying records of a case with its data key. */
@ApplicationScoped
public class CaseVault {

    private final Envelopes envelopes;
    private final ObjectMapper json;

    public CaseVault(Envelopes envelopes, ObjectMapper json) {
        this.envelopes = envelopes;
        this.json = json;
    }

    /** Gives a new case its own data key, wrapped under the active master key. */
    public DataKey newKeyFor(CaseEntity caseEntity) {
        DataKey key = envelopes.newDataKey(caseEntity.id);
        caseEntity.dataKeyId = key.wrapped().keyId();
        caseEntity.wrappedDataKey = key.wrapped().wrapped();
        return key;
    }

    /** The data key of a case; empty once it was crypto-shredded. */
    public Optional<DataKey> keyOf(CaseEntity caseEntity) {
        return caseEntity.wrappedKey().map(wrapped -> envelopes.unwrap(caseEntity.id, wrapped));
    }

    public byte[] seal(DataKey key, UUID recordId, Object value) {
        try {
            return envelopes.seal(key, recordId, json.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a sealed record of case " + key.caseId());
        }
    }

    public <T> T open(DataKey key, UUID recordId, byte[] sealed, Class<T> type) {
        try {
            return json.readValue(envelopes.open(key, recordId, sealed), type);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read a sealed record of case " + key.caseId());
        }
    }
}
