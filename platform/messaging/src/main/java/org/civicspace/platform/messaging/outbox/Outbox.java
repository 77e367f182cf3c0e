package org.civicspace.platform.messaging.outbox;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.civicspace.platform.messaging.EventType;

/**
 * Records an event in the same database transaction as the state change it describes. Nothing is sent here: the
 * {@link OutboxRelay} publishes after commit, so an event exists exactly when its change does.
 */
@ApplicationScoped
public class Outbox {

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final URI source;

    public Outbox(DataSource dataSource, ObjectMapper json, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, OutboxConfig config) {
        this.dataSource = dataSource;
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
        this.source = URI.create(config.source());
    }

    /**
     * Appends an event about aggregate {@code aggregateId} to the current transaction.
     *
     * @param data the wire representation of the event (a record mapped from the domain event, never an entity)
     * @return the event's id, its CloudEvents {@code id}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(EventType type, Object aggregateId, Object data) {
        return append(type, aggregateId, data, UUID.randomUUID(), Instant.now());
    }

    /** As {@link #append(EventType, Object, Object)}, with the event's id and time chosen by the caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(EventType type, Object aggregateId, Object data, UUID eventId, Instant occurredAt) {
        String payload;
        try {
            payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data of " + type.name() + " cannot be written as JSON", e);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO outbox_event (event_id, topic, event_type, source, aggregate_id, occurred_at, payload)
                        VALUES (?, ?, ?, ?, ?, ?, CAST(? AS json))""")) {
            insert.setObject(1, eventId);
            insert.setString(2, type.topic());
            insert.setString(3, type.name());
            insert.setString(4, source.toString());
            insert.setString(5, aggregateId.toString());
            insert.setTimestamp(6, Timestamp.from(occurredAt));
            insert.setString(7, payload);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record event " + type.name() + " in the outbox", e);
        }
        // the relay of this replica starts at once after commit; other replicas hear of it through NOTIFY
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
        return eventId;
    }
}
