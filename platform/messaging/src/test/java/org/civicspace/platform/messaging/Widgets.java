package org.civicspace.platform.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Reads the stand-in service's tables, for assertions. */
@ApplicationScoped
public class Widgets {

    private final DataSource dataSource;

    public Widgets(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean exists(UUID id) {
        return count("SELECT count(*) FROM widget WHERE id = ?", id) == 1;
    }

    /** How many times the event about widget {@code id} was applied; empty if never. */
    public Optional<Integer> applications(Object id) {
        long rows = count("SELECT count(*) FROM widget_effect WHERE widget_id = ?", id.toString());
        return rows == 0 ? Optional.empty()
                : Optional.of((int) count("SELECT applications FROM widget_effect WHERE widget_id = ?", id.toString()));
    }

    public long outboxRows(Object aggregateId) {
        return count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", aggregateId.toString());
    }

    public long unsentOutboxRows(Object aggregateId) {
        return count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND sent_at IS NULL",
                aggregateId.toString());
    }

    private long count(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
