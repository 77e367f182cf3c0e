package org.civicspace.platform.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.platform.messaging.outbox.Outbox;

/** The stand-in service's write path: a state change and its event in one transaction. */
@ApplicationScoped
public class WidgetService {

    private final DataSource dataSource;
    private final Outbox outbox;

    public WidgetService(DataSource dataSource, Outbox outbox) {
        this.dataSource = dataSource;
        this.outbox = outbox;
    }

    @Transactional
    public UUID create(String name) {
        UUID id = UUID.randomUUID();
        insert(id, name);
        outbox.append(WidgetCreated.TYPE, id, new WidgetCreated(id, name));
        return id;
    }

    /** Records another event about an existing widget (same aggregate). */
    @Transactional
    public void renamed(UUID id, String name) {
        outbox.append(WidgetCreated.TYPE, id, new WidgetCreated(id, name));
    }

    /** Writes the widget and its event, then fails: neither may survive. */
    @Transactional
    public void createThenFail(UUID id, String name) {
        insert(id, name);
        outbox.append(WidgetCreated.TYPE, id, new WidgetCreated(id, name));
        throw new IllegalStateException("the transaction fails after the event was appended");
    }

    private void insert(UUID id, String name) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO widget (id, name) VALUES (?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, name);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
