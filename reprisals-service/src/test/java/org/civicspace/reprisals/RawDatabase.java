package org.civicspace.reprisals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the service's tables as an attacker with a copy of the database would: every row of every table, as text. */
@ApplicationScoped
public class RawDatabase {

    private final DataSource dataSource;
    private final String url;
    private final String owner;
    private final String ownerPassword;

    public RawDatabase(DataSource dataSource, @ConfigProperty(name = "quarkus.flyway.jdbc-url") String url,
            @ConfigProperty(name = "quarkus.flyway.username") String owner,
            @ConfigProperty(name = "quarkus.flyway.password") String ownerPassword) {
        this.dataSource = dataSource;
        this.url = url;
        this.owner = owner;
        this.ownerPassword = ownerPassword;
    }

    /** Every row of every table of the schema, as PostgreSQL prints it (bytea as hex). */
    public String dumpEverything() {
        StringBuilder dump = new StringBuilder();
        for (String table : tables()) {
            query("SELECT t::text FROM " + table + " t", rs -> dump.append(table).append(": ").append(rs.getString(1))
                    .append('\n'));
        }
        return dump.toString();
    }

    /** {@code text} in the hex form that bytea columns print as, to catch plaintext stored in binary columns. */
    public static String asByteaHex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    public List<String> tables() {
        List<String> tables = new ArrayList<>();
        query("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename",
                rs -> tables.add(rs.getString(1)));
        return tables;
    }

    public String text(String sql, Object... parameters) {
        List<String> values = texts(sql, parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first column of every row, as text. */
    public List<String> texts(String sql, Object... parameters) {
        List<String> values = new ArrayList<>();
        query(sql, rs -> values.add(rs.getString(1)), parameters);
        return values;
    }

    public long count(String sql, Object... parameters) {
        String value = text(sql, parameters);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** Runs statements in one transaction as the service's own login, as someone holding its credentials would. */
    public void execute(String... statements) {
        try (Connection connection = dataSource.getConnection()) {
            run(connection, statements);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs statements in one transaction as the login that owns the tables and runs the migrations. */
    public void asOwner(String... statements) {
        try (Connection connection = DriverManager.getConnection(url, owner, ownerPassword)) {
            run(connection, statements);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(Connection connection, String... statements) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Moves a case's timestamps into the past, to test deadlines and retention without waiting. */
    public void backdate(UUID caseId, String column, String interval) {
        execute("UPDATE reprisal_case SET " + column + " = now() - interval '" + interval + "' WHERE id = '" + caseId
                + "'");
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowHandler handler, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
