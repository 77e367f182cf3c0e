package org.civicspace.platform.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletionStage;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.platform.messaging.inbox.Inbox;
import org.civicspace.platform.messaging.inbox.PoisonEventException;
import org.civicspace.platform.messaging.inbox.ReceivedEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * The stand-in service's consumer: a thin adapter to the inbox. Widgets named {@code poison-*} can never be applied;
 * widgets named {@code flaky-*} fail on their first two attempts.
 */
@ApplicationScoped
public class WidgetEventsConsumer {

    private final Inbox inbox;
    private final DataSource dataSource;

    public WidgetEventsConsumer(Inbox inbox, DataSource dataSource) {
        this.inbox = inbox;
        this.dataSource = dataSource;
    }

    /** In batches, as registry-service consumes (the inbox falls back to one at a time for a failing batch). */
    @Incoming("widgets-in")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveAll(batch, this::apply);
    }

    private void apply(ReceivedEvent event) throws SQLException {
        WidgetCreated widget = event.dataAs(WidgetCreated.class);
        if (widget.name().startsWith("poison")) {
            throw new PoisonEventException("widget " + widget.widgetId() + " can never be applied");
        }
        if (widget.name().startsWith("flaky") && failuresSoFar(widget.widgetId().toString()) < 2) {
            throw new IllegalStateException("transient failure of widget " + widget.widgetId());
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("""
                        INSERT INTO widget_effect (widget_id, applications) VALUES (?, 1)
                        ON CONFLICT (widget_id) DO UPDATE SET applications = widget_effect.applications + 1""")) {
            upsert.setString(1, widget.widgetId().toString());
            upsert.executeUpdate();
        }
    }

    /** Counts failures in a transaction of its own, so the count survives the failed attempt's rollback. */
    private int failuresSoFar(String widgetId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement upsert = connection.prepareStatement("""
                            INSERT INTO widget_failure (widget_id, failures) VALUES (?, 1)
                            ON CONFLICT (widget_id) DO UPDATE SET failures = widget_failure.failures + 1
                            RETURNING failures - 1""")) {
                upsert.setString(1, widgetId);
                try (ResultSet rs = upsert.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
