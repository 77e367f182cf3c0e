package org.civicspace.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A durable server keeps every committed row through a crash, as the fault-injection tests rely on; a database with a
 * separate owner leaves its runtime login only what the owner grants.
 */
class PostgresServerTest {

    @TempDir
    Path directory;

    @Test
    void keepsCommittedRowsThroughACrash() throws SQLException {
        int port = Ports.free();
        PostgresServer server = PostgresServer.startDurable(directory, port);
        try {
            server.createDatabase("crashtest", "crashtest");
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl("crashtest"), "crashtest",
                    "crashtest"); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE acknowledged (n int PRIMARY KEY)");
                statement.execute("INSERT INTO acknowledged SELECT generate_series(1, 1000)");
            }

            server.crash();
            assertThat(Ports.isOpen(port)).isFalse();
            server = PostgresServer.startDurable(directory, port);

            try (Connection connection = DriverManager.getConnection(server.jdbcUrl("crashtest"), "crashtest",
                    "crashtest"); Statement statement = connection.createStatement();
                    ResultSet count = statement.executeQuery("SELECT count(*) FROM acknowledged")) {
                count.next();
                assertThat(count.getLong(1)).isEqualTo(1000);
            }
        } finally {
            server.close();
        }
    }

    @Test
    void aDatabaseWithASeparateOwnerLeavesTheRuntimeLoginOnlyWhatTheOwnerGrants() throws SQLException {
        try (PostgresServer server = PostgresServer.startEphemeral(directory)) {
            server.createDatabase("handed", "secret");
            try (Connection runtime = DriverManager.getConnection(server.jdbcUrl("handed"), "handed", "secret");
                    Statement statement = runtime.createStatement()) {
                statement.execute("CREATE TABLE earlier (n int)");
            }

            server.createDatabaseWithOwner("handed", "handed_owner", "secret");

            try (Connection owner = DriverManager.getConnection(server.jdbcUrl("handed"), "handed_owner", "secret");
                    Statement statement = owner.createStatement()) {
                statement.execute("CREATE TABLE later (n int)");
                statement.execute("ALTER TABLE earlier ADD COLUMN m int");
                statement.execute("GRANT SELECT, INSERT ON later TO handed");
            }
            try (Connection runtime = DriverManager.getConnection(server.jdbcUrl("handed"), "handed", "secret");
                    Statement statement = runtime.createStatement()) {
                statement.execute("INSERT INTO later VALUES (1)");
                for (String refused : new String[] { "CREATE TABLE mine (n int)", "DELETE FROM later",
                    "ALTER TABLE earlier ADD COLUMN o int", "SELECT * FROM earlier" }) {
                    assertThatThrownBy(() -> statement.execute(refused)).as(refused)
                            .isInstanceOf(SQLException.class)
                            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
                }
            }
        }
    }
}
