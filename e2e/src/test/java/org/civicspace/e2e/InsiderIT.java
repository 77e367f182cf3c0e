package org.civicspace.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.launcher.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The insiders of docs/threat-model.md, each played through the gateway of the local stack (and the database's
 * owner through the stack's own PostgreSQL): an officer not assigned to a case, the holder of the reprisals
 * service's database credentials and of its owner's, a dashboard. Each test fails if the insider learns or changes
 * what the threat model says they must not.
 */
@ExtendWith(SharedStack.class)
class InsiderIT {

    static final Duration ANCHOR_WITHIN = Duration.ofSeconds(150);

    static LocalStack stack;
    static String api;

    @BeforeAll
    static void connect(LocalStack running) {
        stack = running;
        api = stack.url("gateway") + "/api/v1";
    }

    static RequestSpecification as(String user) {
        return SharedStack.asUser(stack, user);
    }

    static Map<String, Object> reprisalCase(String country, String name, List<String> scopes) {
        return Map.of("country", country,
                "victims", List.of(Map.of("kind", "person", "name", name, "contact", name.replace(' ', '.')
                        + "@example.invalid")),
                "acts", List.of(Map.of("type", "travel-ban-or-visa-denial", "occurredOn",
                        LocalDate.now().minusDays(2).toString(), "country", country, "perpetrator",
                        "state-authorities")),
                "engagement", Map.of("mechanism", "human-rights-council", "label", "Session 61"),
                "narrative", "Stopped at the airport on the way to the session.",
                "consent", Map.of("givenBy", "person-concerned", "channel", "encrypted-message", "scopes", scopes));
    }

    static JsonPath report(String officer, Map<String, Object> body) {
        return as(officer).body(body).post("/reprisals/cases").then().statusCode(201).extract().jsonPath();
    }

    // ---- an officer not assigned to a case

    @Test
    void anUnassignedOfficerCannotTellThatACaseAboutANameExists() {
        String name = "Amina " + UUID.randomUUID().toString().substring(0, 6);
        String first = report("case-officer", reprisalCase("MR", name, List.of("document"))).getString("id");

        JsonPath probe = report("case-officer-2", reprisalCase("MR", name, List.of("document")));
        JsonPath control = report("case-officer-2", reprisalCase("MR", name + " Other", List.of("document")));

        assertThat(probe.getBoolean("possibleDuplicate")).isFalse();
        assertThat(probe.getMap("$").keySet()).isEqualTo(control.getMap("$").keySet());
        as("case-officer-2").get("/reprisals/cases/" + probe.getString("id") + "/possible-duplicates")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("next", nullValue());
        as("case-officer-2").get("/reprisals/cases/" + first).then().statusCode(404);
        assertThat(as("case-officer-2").queryParam("limit", 100).get("/reprisals/cases").then().statusCode(200)
                .extract().jsonPath().getList("items.id")).doesNotContain(first);
        // the match went to the supervisors instead
        assertThat(as("case-supervisor").queryParam("limit", 100).get("/reprisals/duplicate-referrals")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.caseId == '" + probe.getString("id") + "' }.matchingCaseId"))
                .containsExactly(first);
    }

    @Test
    void anUnassignedOfficerCountsOnlyTheirOwnCases() {
        report("case-officer", reprisalCase("GQ", "Person GQ", List.of("document")));

        JsonPath mine = as("case-officer").queryParam("by", "country").get("/reprisals/statistics/caseload")
                .then().statusCode(200).extract().jsonPath();
        JsonPath theirs = as("case-officer-2").queryParam("by", "country").get("/reprisals/statistics/caseload")
                .then().statusCode(200).extract().jsonPath();

        assertThat(mine.getList("key.country")).contains("GQ");
        assertThat(theirs.getList("key.country")).doesNotContain("GQ");
    }

    @Test
    void anOfficerWhoHadTheCaseOnlyThroughSharingLosesItWhenConsentIsWithdrawn() {
        String id = report("case-officer", reprisalCase("MR", "Person Shared",
                List.of("document", "share-within-ohchr"))).getString("id");
        as("case-supervisor").body(Map.of("officer", "case-officer-2")).post("/reprisals/cases/" + id + "/assignments")
                .then().statusCode(200);
        as("case-officer-2").get("/reprisals/cases/" + id).then().statusCode(200);
        String victim = as("case-officer").get("/reprisals/cases/" + id).then().extract().path("victims[0].id");
        String sharing = as("case-officer").body(Map.of("victimId", victim, "givenBy", "person-concerned",
                "channel", "in-person", "scopes", List.of("document"))).post("/reprisals/cases/" + id + "/consents")
                .then().statusCode(201).extract().path("id");
        String original = as("case-officer").get("/reprisals/cases/" + id + "/consents").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.id != '" + sharing + "' }.id", String.class).get(0);

        as("case-officer").post("/reprisals/cases/" + id + "/consents/" + original + "/withdrawal")
                .then().statusCode(200);

        as("case-officer-2").get("/reprisals/cases/" + id).then().statusCode(404);
        as("case-officer").get("/reprisals/cases/" + id).then().statusCode(200);
    }

    @Test
    void aNoteOnAnErasedCaseIsAClearConflictNotAServerError() {
        String id = report("case-officer", reprisalCase("MR", "Person Erased", List.of("document"))).getString("id");
        String consent = as("case-officer").get("/reprisals/cases/" + id + "/consents").then().statusCode(200)
                .extract().path("items[0].id");
        as("case-officer").post("/reprisals/cases/" + id + "/consents/" + consent + "/withdrawal")
                .then().statusCode(200);

        as("case-officer").body(Map.of("text", "Called back.")).post("/reprisals/cases/" + id + "/notes")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://civicspace.org/problems/conflict"));
    }

    // ---- a DGC officer (no OHCHR role) who adds speakers to a programme

    /** cso-rep's organisation (the org_id claim in deploy/keycloak/civicspace-realm.json), in the demo data. */
    static final String DEMO_ORGANIZATION = "7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d";
    /** The name every speaker is entered under, so that only naming and flags can tell their sessions apart. */
    static final String SPEAKER = "A. Speaker";

    @Test
    void aDgcOfficerCannotTellAFlaggedSpeakerFromOneWhoNeverChoseToBeNamed() {
        String representatives = "/registry/organizations/" + DEMO_ORGANIZATION + "/representatives";
        String name = "Speaker " + UUID.randomUUID().toString().substring(0, 6);
        String person = as("cso-rep").body(Map.of("fullName", name, "role", "representative", "email",
                "speaker@example.org", "dateOfBirth", "1980-05-01", "startDate", "2026-01-01")).post(representatives)
                .then().statusCode(201).extract().path("id");
        as("cso-rep").body(Map.of("publiclyNamed", true)).post(representatives + "/" + person + "/public-naming")
                .then().statusCode(200);
        String unknown = UUID.randomUUID().toString();
        String event = aPublishedConferenceWithSpeakers(person, unknown);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(publicSession(event, person)
                .getList("speakers")).containsExactly(SPEAKER));

        String reprisal = as("case-officer").body(Map.of("country", "MR",
                "victims", List.of(Map.of("kind", "person", "name", name, "registryId", person)),
                "acts", List.of(Map.of("type", "intimidation", "occurredOn", LocalDate.now().minusDays(1).toString(),
                        "country", "MR", "perpetrator", "state-authorities")),
                "engagement", Map.of("mechanism", "human-rights-council", "label", "Session 61"),
                "narrative", "Threatened after being announced as a speaker.",
                "consent", Map.of("givenBy", "person-concerned", "channel", "encrypted-message",
                        "scopes", List.of("document", "share-with-un-entities"))))
                .post("/reprisals/cases").then().statusCode(201).extract().path("id");
        String victim = as("case-officer").get("/reprisals/cases/" + reprisal).then().statusCode(200)
                .extract().path("victims[0].id");
        as("case-officer").post("/reprisals/cases/" + reprisal + "/victims/" + victim + "/protection-flag")
                .then().statusCode(202);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(publicSession(event, person)
                .getList("speakers")).isEmpty());
        for (String reader : new String[] { null, "cso-rep-2" }) {
            assertThat(withoutTitle(session(event, person, reader))).as("as %s", reader)
                    .isEqualTo(withoutTitle(session(event, unknown, reader)));
        }
        assertThat(session(event, person, "dgc-officer").getList("speakers")).containsExactly(SPEAKER);
    }

    static String aPublishedConferenceWithSpeakers(String... registryIds) {
        java.time.LocalDateTime start = LocalDate.now().plusMonths(2).atTime(10, 0);
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("kind", "conference");
        details.put("titles", Map.of("en", "Civil Society Conference " + UUID.randomUUID()));
        details.put("startsAt", start.toString());
        details.put("endsAt", start.plusHours(8).toString());
        details.put("timeZone", "America/New_York");
        details.put("venueMode", "in-person");
        details.put("venue", "Conference Room 4, UN Headquarters, New York");
        details.put("capacity", 100);
        String event = as("dgc-officer").body(details).post("/events/events").then().statusCode(201)
                .extract().path("id");
        for (String registryId : registryIds) {
            as("dgc-officer").body(Map.of("title", "Panel " + registryId, "startsAt", start.plusHours(1).toString(),
                    "endsAt", start.plusHours(2).toString(), "room", "Room 155", "speakers",
                    List.of(Map.of("name", SPEAKER, "registryId", registryId))))
                    .post("/events/events/" + event + "/sessions").then().statusCode(200);
        }
        as("dgc-officer").post("/events/events/" + event + "/publication").then().statusCode(200);
        return event;
    }

    static JsonPath publicSession(String event, String registryId) {
        return session(event, registryId, null);
    }

    /** The programme's session of the speaker {@code registryId}, as {@code reader} (null: anonymous) sees it. */
    static JsonPath session(String event, String registryId, String reader) {
        RequestSpecification request = reader == null ? given().baseUri(api) : as(reader);
        String json = request.get("/events/events/" + event).then().statusCode(200).extract().jsonPath()
                .prettify();
        Object session = JsonPath.from(json).get("sessions.find { it.title == 'Panel " + registryId + "' }");
        return JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(session).toString());
    }

    static String withoutTitle(JsonPath session) {
        Map<String, Object> copy = new java.util.TreeMap<>(session.getMap("$"));
        copy.put("id", "-");
        copy.put("title", "-");
        return copy.toString();
    }

    // ---- a dashboard

    @Test
    void aDashboardReadsThePublishedStatisticsAndNothingElse() {
        int lastYear = Year.now().getValue() - 1;

        JsonPath table = as("dashboard").queryParam("year", lastYear).queryParam("by", "country")
                .get("/reprisals/statistics").then().statusCode(200).extract().jsonPath();
        assertThat(table.getInt("roundedDownTo")).isEqualTo(5);
        assertThat(table.getList("cells.count", Integer.class)).allSatisfy(count ->
                assertThat(count % 5).isZero());
        as("dashboard").queryParam("year", Year.now().getValue()).queryParam("by", "country")
                .get("/reprisals/statistics").then().statusCode(404)
                .body("type", equalTo("https://civicspace.org/problems/statistics-not-published"));
        for (String path : List.of("/reprisals/statistics/caseload?by=country", "/reprisals/cases",
                "/reprisals/audit", "/reprisals/duplicate-referrals")) {
            as("dashboard").get(path).then().statusCode(403);
        }
    }

    // ---- whoever holds the service's database credentials, or its owner's

    @Test
    void theServicesOwnLoginCanNeitherRewriteTheAuditLogNorSwitchOffItsGuard() throws SQLException {
        report("case-officer", reprisalCase("MR", "Person Audit", List.of("document")));
        try (Connection service = database("reprisals")) {
            for (String attack : List.of("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
                    "DELETE FROM audit_entry WHERE sequence = (SELECT max(sequence) FROM audit_entry)",
                    "UPDATE audit_entry SET actor = 'nobody'", "TRUNCATE audit_entry")) {
                assertThatThrownBy(() -> execute(service, attack)).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            }
        }
    }

    /** As reproduced against the unkeyed chain: the owner switches the guard off and deletes the last 5 entries. */
    @Test
    void theOwnerCannotDeleteTheLastEntriesUnseen() throws SQLException {
        for (int i = 0; i < 3; i++) {
            report("case-officer", reprisalCase("MR", "Person Tail " + i, List.of("document")));
        }
        long anchored = anchoredHead();
        try (Connection owner = database("reprisals_owner")) {
            long head = number(owner, "SELECT last_sequence FROM audit_head");
            List<String> stash = rows(owner, "SELECT row_to_json(e)::text FROM audit_entry e WHERE sequence > "
                    + (head - 5) + " ORDER BY sequence");
            try {
                execute(owner, "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
                        "DELETE FROM audit_entry WHERE sequence > " + (head - 5),
                        "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");

                verification().then().body("intact", equalTo(false)).body("finding", equalTo("truncated"))
                        .body("firstBrokenSequence", equalTo((int) (head - 4)));
                assertThat(anchored).isGreaterThan(0);
            } finally {
                putBack(owner, stash);
            }
        }
        verification().then().body("intact", equalTo(true));
    }

    @Test
    void theOwnerCannotDeleteOrAlterEntriesInTheMiddleUnseen() throws SQLException {
        for (int i = 0; i < 3; i++) {
            report("case-officer", reprisalCase("MR", "Person Middle " + i, List.of("document")));
        }
        try (Connection owner = database("reprisals_owner")) {
            long head = number(owner, "SELECT last_sequence FROM audit_head");
            long from = head - 4;
            List<String> stash = rows(owner, "SELECT row_to_json(e)::text FROM audit_entry e WHERE sequence BETWEEN "
                    + from + " AND " + (from + 1) + " ORDER BY sequence");
            try {
                execute(owner, "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
                        "DELETE FROM audit_entry WHERE sequence = " + from,
                        "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
                verification().then().body("intact", equalTo(false)).body("finding", equalTo("deleted"))
                        .body("firstBrokenSequence", equalTo((int) (from + 1)));

                putBack(owner, stash.subList(0, 1));
                execute(owner, "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
                        "UPDATE audit_entry SET actor = 'someone-else' WHERE sequence = " + (from + 1),
                        "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
                verification().then().body("intact", equalTo(false)).body("finding", equalTo("altered"))
                        .body("firstBrokenSequence", equalTo((int) (from + 1)));
            } finally {
                putBack(owner, stash);
            }
        }
        verification().then().body("intact", equalTo(true));
    }

    static Response verification() {
        Response response = as("case-supervisor").post("/reprisals/audit/verification");
        response.then().statusCode(200);
        return response;
    }

    /** Waits until a checkpoint outside the database anchors the chain (every minute, or every 100 entries). */
    static long anchoredHead() {
        long[] anchored = new long[1];
        await().atMost(ANCHOR_WITHIN).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonPath result = verification().jsonPath();
            assertThat(result.getBoolean("intact")).isTrue();
            assertThat(result.get("anchoredSequence") == null ? 0L : result.getLong("anchoredSequence"))
                    .isPositive();
            anchored[0] = result.getLong("anchoredSequence");
        });
        return anchored[0];
    }

    /** The stack's PostgreSQL as {@code login}; the local stack gives each login its database's name as password. */
    static Connection database(String login) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + stack.postgresPort() + "/reprisals",
                login, "reprisals");
    }

    static void execute(Connection connection, String... statements) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1 FROM audit_head WHERE id = 1 FOR UPDATE");
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    static long number(Connection connection, String sql) throws SQLException {
        return Long.parseLong(rows(connection, sql).get(0));
    }

    static List<String> rows(Connection connection, String sql) throws SQLException {
        connection.setAutoCommit(true);
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    /** Puts rows taken away back where they were; rows still there are left as they are. */
    static void putBack(Connection owner, List<String> stash) throws SQLException {
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
        for (String row : stash) {
            String json = row.replace("'", "''");
            statements.add("DELETE FROM audit_entry WHERE sequence = ('" + json + "'::json->>'sequence')::bigint");
            statements.add("INSERT INTO audit_entry SELECT (json_populate_record(null::audit_entry, '" + json
                    + "'::json)).*");
        }
        statements.add("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
        execute(owner, statements.toArray(String[]::new));
    }
}
