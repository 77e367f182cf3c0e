package org.civicspace.reprisals.casefile.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CASES;
import static org.civicspace.reprisals.casefile.api.CaseFixture.aTravelBanIn;
import static org.civicspace.reprisals.casefile.api.CaseFixture.as;
import static org.hamcrest.Matchers.equalTo;

import java.util.HexFormat;
import java.util.UUID;

import jakarta.inject.Inject;

import org.civicspace.reprisals.RawDatabase;
import org.civicspace.reprisals.crypto.application.Envelopes;
import org.civicspace.reprisals.crypto.domain.WrappedKey;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Master key rotation re-wraps data keys under the active key, and every case still opens afterwards. */
@QuarkusTest
class KeyRotationTest {

    static final String ROTATION = "/api/v1/reprisals/keys/rotation";

    @Inject
    RawDatabase database;
    @Inject
    Envelopes envelopes;

    @Test
    void rewrapsDataKeysOfAnOlderMasterKeyUnderTheActiveOne() {
        CaseFixture fixture = aTravelBanIn("TO");
        UUID id = fixture.reportedBy("case-officer");
        ageUnderOlderKey(id);
        String ciphertextBefore = database.text("SELECT encode(sealed_dossier, 'hex') FROM reprisal_case WHERE id = ?",
                id);
        as("case-officer").queryParam("purpose", "risk-assessment").get(CASES + "/" + id)
                .then().statusCode(200).body("victims[0].name", equalTo(fixture.victimName()));

        as("case-supervisor").post(ROTATION).then().statusCode(200).body("activeKeyId", equalTo("test-2026"));

        assertThat(database.text("SELECT data_key_id FROM reprisal_case WHERE id = ?", id)).isEqualTo("test-2026");
        assertThat(database.text("SELECT encode(sealed_dossier, 'hex') FROM reprisal_case WHERE id = ?", id))
                .isEqualTo(ciphertextBefore);
        as("case-officer").queryParam("purpose", "risk-assessment").get(CASES + "/" + id)
                .then().statusCode(200).body("victims[0].name", equalTo(fixture.victimName()));
        as("case-supervisor").queryParam("caseId", id.toString()).queryParam("limit", 100)
                .get("/api/v1/reprisals/audit").then().statusCode(200)
                .body("items.find { it.action == 'data-key-rewrapped' }.outcome", equalTo("test-2025->test-2026"));
    }

    @Test
    void onlySupervisorsAndAdminsRotate() {
        as("case-officer").post(ROTATION).then().statusCode(403);
        as("admin").post(ROTATION).then().statusCode(200);
    }

    /** Re-wraps the case's data key under the older configured key, as if it had been written before rotation. */
    private void ageUnderOlderKey(UUID id) {
        String keyId = database.text("SELECT data_key_id FROM reprisal_case WHERE id = ?", id);
        byte[] wrapped = HexFormat.of().parseHex(
                database.text("SELECT encode(wrapped_data_key, 'hex') FROM reprisal_case WHERE id = ?", id));
        WrappedKey older = envelopes.rewrapUnder(id, new WrappedKey(keyId, wrapped), "test-2025");
        database.execute("UPDATE reprisal_case SET data_key_id = 'test-2025', wrapped_data_key = '\\x"
                + HexFormat.of().formatHex(older.wrapped()) + "' WHERE id = '" + id + "'");
    }
}
