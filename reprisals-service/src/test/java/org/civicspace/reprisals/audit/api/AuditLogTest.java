package org.civicspace.reprisals.audit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CANARY;
import static org.civicspace.reprisals.casefile.api.CaseFixture.CASES;
import static org.civicspace.reprisals.casefile.api.CaseFixture.PROBLEM;
import static org.civicspace.reprisals.casefile.api.CaseFixture.aTravelBanIn;
import static org.civicspace.reprisals.casefile.api.CaseFixture.as;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.civicspace.reprisals.RawDatabase;
import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.messaging.AuditCheckpoints;
import org.civicspace.reprisals.casefile.api.CaseFixture;
import org.civicspace.testing.TopicReader;
import org.civicspace.testing.TopicWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every read and write of a case is in the MAC-chained audit log, which supervisors read and verify. The attacks are
 * made as the login that owns the tables (the service's own login cannot make them at all), each is found, named,
 * and then undone so that the chain is whole again for the next test.
 */
@QuarkusTest
class AuditLogTest {

    static final String AUDIT = "/api/v1/reprisals/audit";
    static final String LOCK_HEAD = "SELECT 1 FROM audit_head WHERE id = 1 FOR UPDATE";

    @Inject
    RawDatabase database;

    @Inject
    AuditLog auditLog;

    /** Rows taken away by an attack, as JSON, to put back afterwards. */
    List<String> stash = List.of();

    @AfterEach
    void mendTheChain() {
        if (!stash.isEmpty()) {
            String rows = stash.stream().map(r -> "('" + r.replace("'", "''") + "')").collect(Collectors.joining(","));
            long first = database.count("SELECT min((r::json->>'sequence')::bigint) FROM (VALUES " + rows
                    + ") v(r)");
            database.asOwner(LOCK_HEAD,
                    "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
                    "DELETE FROM audit_entry WHERE sequence >= " + first,
                    "INSERT INTO audit_entry SELECT (json_populate_record(null::audit_entry, r::json)).* FROM (VALUES "
                            + rows + ") v(r)",
                    "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only",
                    "UPDATE audit_head SET last_sequence = e.sequence, last_hash = e.hash FROM audit_entry e "
                            + "WHERE e.sequence = (SELECT max(sequence) FROM audit_entry)");
            stash = List.of();
            verification().then().body("intact", equalTo(true));
        }
    }

    @Test
    void recordsEveryReadAndWriteWithActorAndPurpose() {
        UUID id = aTravelBanIn("SD").reportedBy("case-officer");
        as("case-officer").get(CASES + "/" + id).then().statusCode(200);
        as("case-officer").queryParam("purpose", "protection-planning").get(CASES + "/" + id).then().statusCode(200);
        as("case-officer-2").get(CASES + "/" + id).then().statusCode(404);

        var entries = as("case-supervisor").queryParam("caseId", id.toString()).queryParam("limit", 100).get(AUDIT)
                .then().statusCode(200).extract().jsonPath();

        assertThat(entries.getList("items.action", String.class)).containsSubsequence(
                "case-reported", "case-read", "case-read-with-identifying-data", "access-denied");
        assertThat(entries.getList("items.actor", String.class)).contains("case-officer", "case-officer-2");
        assertThat(entries.getList("items.purpose", String.class)).contains("protection-planning");
        assertThat(entries.prettify()).doesNotContain(CANARY);
    }

    @Test
    void verificationFindsTheChainIntactAndAnchoredOutsideTheDatabase() {
        long anchored = anchoredHead();

        verification().then()
                .body("intact", equalTo(true))
                .body("anchoredSequence", equalTo((int) anchored));
    }

    @Test
    void theServicesOwnLoginCanNeitherRewriteTheLogNorSwitchOffItsGuard() {
        aTravelBanIn("SD").reportedBy("case-officer");

        for (String attack : List.of("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
                "DROP TRIGGER audit_entry_append_only ON audit_entry")) {
            assertThatThrownBy(() -> database.execute(attack)).hasStackTraceContaining("must be owner");
        }
        for (String attack : List.of("UPDATE audit_entry SET actor = 'x' WHERE sequence = 1",
                "DELETE FROM audit_entry WHERE sequence = 1", "TRUNCATE audit_entry")) {
            assertThatThrownBy(() -> database.execute(attack)).hasStackTraceContaining("permission denied");
        }
        assertThatThrownBy(() -> database.asOwner("DELETE FROM audit_entry WHERE sequence = 1"))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void findsAnEntryTheOwnerAlteredInPlace() {
        UUID id = aTravelBanIn("SD").reportedBy("case-officer");
        long sequence = database.count("SELECT max(sequence) FROM audit_entry WHERE case_id = ?", id);
        takeAway("sequence >= " + sequence);

        database.asOwner(LOCK_HEAD, "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
                "UPDATE audit_entry SET actor = 'someone-else' WHERE sequence = " + sequence,
                "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");

        assertFinding("altered", sequence);
    }

    @Test
    void findsEntriesTheOwnerDeletedFromTheMiddle() {
        long head = aChainOfAtLeast(8);
        takeAway("sequence >= " + (head - 4));

        database.asOwner(LOCK_HEAD, "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
                "DELETE FROM audit_entry WHERE sequence BETWEEN " + (head - 4) + " AND " + (head - 2),
                "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");

        assertFinding("deleted", head - 1);
    }

    /** As reproduced against the unkeyed chain: the last five entries deleted, here with the head rewritten too. */
    @Test
    void findsTheLastEntriesDeletedWithTheHeadRewrittenToMatch() {
        long anchored = anchoredHead();
        long keep = anchored - 5;
        takeAway("sequence > " + keep);

        database.asOwner(LOCK_HEAD, "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
                "DELETE FROM audit_entry WHERE sequence > " + keep,
                "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only",
                "UPDATE audit_head SET last_sequence = e.sequence, last_hash = e.hash FROM audit_entry e "
                        + "WHERE e.sequence = " + keep);

        assertFinding("truncated", keep + 1);
    }

    @Test
    void findsAnEntryTheOwnerForgedBetweenTwo() {
        long at = aChainOfAtLeast(8) - 2;
        takeAway("sequence >= " + at);

        database.asOwner(LOCK_HEAD, "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
                "UPDATE audit_entry SET sequence = -sequence - 1 WHERE sequence >= " + at,
                "UPDATE audit_entry SET sequence = -sequence WHERE sequence < 0",
                "INSERT INTO audit_entry (sequence, at, actor, action, case_id, purpose, outcome, previous_hash, "
                        + "hash, keyed) SELECT " + at + ", at, 'case-officer-2', 'CASE_READ', case_id, NULL, 'DONE', "
                        + "hash, encode(sha256('forged'::bytea), 'hex'), true FROM audit_entry WHERE sequence = "
                        + (at - 1),
                "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only",
                "UPDATE audit_head SET last_sequence = last_sequence + 1");

        assertFinding("inserted", at);
    }

    @Test
    void findsEntriesTheOwnerRehashedWithoutTheKey() {
        long from = aChainOfAtLeast(8) - 3;
        takeAway("sequence >= " + from);

        database.asOwner(LOCK_HEAD, "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
                "UPDATE audit_entry SET actor = 'someone-else', hash = encode(sha256(('rehashed' || sequence)::bytea),"
                        + " 'hex') WHERE sequence >= " + from,
                "UPDATE audit_entry e SET previous_hash = p.hash FROM audit_entry p "
                        + "WHERE p.sequence = e.sequence - 1 AND e.sequence > " + from,
                "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only",
                "UPDATE audit_head SET last_hash = e.hash FROM audit_entry e WHERE e.sequence = audit_head.last_sequence");

        assertFinding("rehashed", from);
    }

    @Test
    void aForgedCheckpointNeitherHidesNorFakesAnAnchor() {
        long anchored = anchoredHead();
        try (TopicWriter writer = new TopicWriter("reprisals-service")) {
            writer.sendRaw(AuditCheckpoints.CHECKPOINTED.topic(), "reprisals",
                    "{\"chain\":\"reprisals\",\"sequence\":999999999,\"hash\":\"" + "0".repeat(64)
                            + "\",\"mac\":\"" + "0".repeat(64) + "\"}");
        }

        verification().then()
                .body("intact", equalTo(true))
                .body("anchoredSequence", equalTo((int) anchored));
    }

    @Test
    void checkpointsCarryNoCaseAndNoActor() {
        long anchored = anchoredHead();
        try (TopicReader reader = new TopicReader(AuditCheckpoints.CHECKPOINTED.topic())) {
            var records = reader.await(r -> r.value().contains("\"sequence\":" + anchored), 1, Duration.ofSeconds(30));
            JsonPath data = JsonPath.from(records.get(0).value());
            assertThat(data.getMap("$").keySet()).containsExactlyInAnyOrder("chain", "sequence", "hash", "mac");
            assertThat(TopicReader.header(records.get(0), "ce_type"))
                    .isEqualTo("org.civicspace.reprisals.audit.checkpointed.v1");
        }
    }

    @Test
    void onlySupervisorsReadOrVerifyTheLog() {
        for (String user : List.of("case-officer", "admin", "dashboard")) {
            as(user).get(AUDIT).then().statusCode(403).contentType(PROBLEM);
            as(user).post(AUDIT + "/verification").then().statusCode(403).contentType(PROBLEM);
        }
    }

    private void assertFinding(String finding, long sequence) {
        verification().then()
                .body("intact", equalTo(false))
                .body("finding", equalTo(finding))
                .body("firstBrokenSequence", equalTo((int) sequence));
    }

    private io.restassured.response.Response verification() {
        var response = as("case-supervisor").post(AUDIT + "/verification");
        response.then().statusCode(200);
        return response;
    }

    /** Anchors the head outside the database and waits until verification reads that checkpoint back. */
    private long anchoredHead() {
        long head = aChainOfAtLeast(8);
        auditLog.checkpointIfMoved();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                verification().jsonPath().getLong("anchoredSequence")).isGreaterThanOrEqualTo(head));
        return verification().jsonPath().getLong("anchoredSequence");
    }

    /** Reports cases until the chain has at least {@code entries} entries; returns its head. */
    private long aChainOfAtLeast(int entries) {
        do {
            aTravelBanIn("SD").reportedBy("case-officer");
        } while (head() < entries);
        return head();
    }

    private long head() {
        return database.count("SELECT last_sequence FROM audit_head");
    }

    /** Keeps the rows an attack will change, so that {@link #mendTheChain} can put them back. */
    private void takeAway(String where) {
        stash = database.texts("SELECT row_to_json(e)::text FROM audit_entry e WHERE " + where + " ORDER BY sequence");
    }
}
