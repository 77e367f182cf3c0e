package org.civicspace.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (the zonky embedded binaries, unpacked from Maven Central) on 127.0.0.1.
 * Each service gets a database and a login of its own, as it would on a shared production cluster.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** A throw-away server for tests: a fresh data directory, fast but not durable commits. */
    public static PostgresServer startEphemeral(Path dataDirectory) {
        return start(dataDirectory, Ports.free(), true, false);
    }

    /**
     * A server that keeps its data in {@code dataDirectory} across restarts, with durable commits
     * ({@code fsync} and {@code synchronous_commit} on), for the local stack and fault-injection tests.
     */
    public static PostgresServer startDurable(Path dataDirectory, int port) {
        return start(dataDirectory, port, false, true);
    }

    private static PostgresServer start(Path dataDirectory, int port, boolean clean, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            stopOrphan(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setPort(port)
                    .setServerConfig("listen_addresses", Ports.LOOPBACK)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off");
            return new PostgresServer(builder.start(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * PostgreSQL runs detached from the JVM that starts it. If an earlier owner was killed before it could stop its
     * server, that server still holds {@code dataDirectory}: stop exactly it, by the id in its postmaster.pid.
     */
    private static void stopOrphan(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid)
                    .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .ifPresent(process -> {
                        System.err.println("stopping PostgreSQL " + pid + " left running by an earlier owner");
                        process.destroy();
                        process.onExit().completeOnTimeout(process, 30, TimeUnit.SECONDS).join();
                    });
        } catch (IOException | RuntimeException e) {
            System.err.println("could not check " + pidFile + ": " + e.getMessage());
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + Ports.LOOPBACK + ":" + port() + "/" + database;
    }

    /** Creates {@code database} owned by a login of the same name and password, unless it already exists. */
    public void createDatabase(String database, String password) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, SUPERUSER);
                Statement statement = connection.createStatement()) {
            createLogin(statement, database, password);
            boolean exists;
            try (var rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE " + database + " OWNER " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates {@code database} owned by the login {@code owner}, which runs the schema migrations, beside the login
     * {@code database} that the service runs as and that owns nothing: it has only the privileges the migrations
     * grant it, so it cannot alter a table, disable a trigger or drop anything. Both logins take {@code password}.
     * A database created earlier by {@link #createDatabase} (owned by its runtime login) is handed to {@code owner}.
     */
    public void createDatabaseWithOwner(String database, String owner, String password) {
        for (String name : new String[] { database, owner }) {
            if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("not a plain role name: " + name);
            }
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, SUPERUSER);
                Statement statement = connection.createStatement()) {
            createLogin(statement, owner, password);
            createLogin(statement, database, password);
            boolean exists;
            try (var rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE " + database + " OWNER " + owner);
            } else {
                statement.execute("ALTER DATABASE " + database + " OWNER TO " + owner);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + ": " + e.getMessage(), e);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database), SUPERUSER, SUPERUSER);
                Statement statement = connection.createStatement()) {
            // no-op on a new database; on one the runtime login owned, its tables now belong to the owner
            statement.execute("REASSIGN OWNED BY " + database + " TO " + owner);
            // the owner creates the tables; nobody else may create anything (PostgreSQL 14 lets every login)
            statement.execute("ALTER SCHEMA public OWNER TO " + owner);
            statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            statement.execute("GRANT USAGE ON SCHEMA public TO " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot hand database " + database + " to " + owner + ": "
                    + e.getMessage(), e);
        }
    }

    private static void createLogin(Statement statement, String role, String password) throws SQLException {
        statement.execute("""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                    CREATE ROLE %1$s LOGIN PASSWORD '%2$s';
                  END IF;
                END $$""".formatted(role, password.replace("'", "''")));
    }

    /**
     * Stops the server at once, as a crash would: SIGQUIT to the postmaster is PostgreSQL's immediate shutdown (its
     * processes exit without a checkpoint), so {@link #startDurable} on the same directory recovers from the
     * write-ahead log. This instance is then stopped; start a new one.
     */
    public void crash() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -QUIT " + pid + " failed");
            }
            ProcessHandle.of(pid).ifPresent(process -> process.onExit()
                    .completeOnTimeout(process, 30, TimeUnit.SECONDS).join());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pidFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while crashing PostgreSQL", e);
        }
        try {
            // marks this handle closed, so that its shutdown hook leaves the next server on this directory alone
            postgres.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("PostgreSQL was already down: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
