package org.civicspace.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A durable server keeps every committed row through a crash, as the fault-injection tests rely on. */
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
}
