package org.civicspace.reprisals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicspace.reprisals.CaseFixture.CANARY;
import static org.civicspace.reprisals.CaseFixture.CASES;
import static org.civicspace.reprisals.CaseFixture.PROBLEM;
import static org.civicspace.reprisals.CaseFixture.aTravelBanIn;
import static org.civicspace.reprisals.CaseFixture.as;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every read and write of a case is in the hash-chained audit log, which supervisors read and verify. */
@QuarkusTest
class AuditLogTest {

    static final String AUDIT = "/api/v1/reprisals/audit";

    @Inject
    RawDatabase database;

    @Test
    void recordsEveryReadAndWriteWithActorAndPurpose() {
        UUID id = aTravelBanIn("SD").reportedBy("case-officer");
        as("case-officer").get(CASES + "/" + id).then().statusCode(200);
        as("case-officer").queryParam("purpose", "PROTECTION_PLANNING").get(CASES + "/" + id).then().statusCode(200);
        as("case-officer-2").get(CASES + "/" + id).then().statusCode(404);

        var entries = as("case-supervisor").queryParam("caseId", id.toString()).queryParam("limit", 100).get(AUDIT)
                .then().statusCode(200).extract().jsonPath();

        assertThat(entries.getList("items.action", String.class)).containsSubsequence(
                "CASE_REPORTED", "CASE_READ", "CASE_READ_WITH_IDENTIFYING_DATA", "ACCESS_DENIED");
        assertThat(entries.getList("items.actor", String.class)).contains("case-officer", "case-officer-2");
        assertThat(entries.getList("items.purpose", String.class)).contains("PROTECTION_PLANNING");
        assertThat(entries.prettify()).doesNotContain(CANARY);
    }

    @Test
    void verificationFindsTheChainIntact() {
        aTravelBanIn("SD").reportedBy("case-officer");

        as("case-supervisor").post(AUDIT + "/verification")
                .then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void detectsAnEntryAlteredDirectlyInTheDatabase() {
        UUID id = aTravelBanIn("SD").reportedBy("case-officer");
        long sequence = database.count("SELECT max(sequence) FROM audit_entry WHERE case_id = ?", id);
        String actor = database.text("SELECT actor FROM audit_entry WHERE sequence = ?", sequence);
        try {
            tamper(sequence, "someone-else");

            as("case-supervisor").post(AUDIT + "/verification")
                    .then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstBrokenSequence", equalTo((int) sequence));
        } finally {
            tamper(sequence, actor);
        }
        as("case-supervisor").post(AUDIT + "/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteEntries() {
        aTravelBanIn("SD").reportedBy("case-officer");

        assertThatThrownBy(() -> database.execute("UPDATE audit_entry SET actor = 'x' WHERE sequence = 1"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> database.execute("DELETE FROM audit_entry WHERE sequence = 1"))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void onlySupervisorsReadOrVerifyTheLog() {
        for (String user : List.of("case-officer", "admin", "dashboard")) {
            as(user).get(AUDIT).then().statusCode(403).contentType(PROBLEM);
            as(user).post(AUDIT + "/verification").then().statusCode(403).contentType(PROBLEM);
        }
    }

    /** What an attacker with the table owner's rights could do: switch the guard off, edit, switch it on. */
    private void tamper(long sequence, String actor) {
        database.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
                "UPDATE audit_entry SET actor = '" + actor + "' WHERE sequence = " + sequence,
                "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
    }
}
