package org.civicspace.platform.messaging.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Publishes committed outbox rows to Kafka as CloudEvents 1.0 in binary mode (record key = aggregate id), with an
 * idempotent producer and {@code acks=all}, then marks them sent.
 *
 * <p>Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so any number of replicas can relay side by side without
 * publishing a row twice. Each aggregate belongs to one of {@value #AGGREGATE_SLOTS} slots, and a relay claims rows
 * only of slots whose transaction-scoped advisory lock it took before reading them, so the events of one aggregate
 * are published by one relay at a time, in the order they were written. A row is marked sent only after the broker acknowledged it,
 * in the same transaction that claimed it, so a crash at any point leaves it unsent and it is published again (at
 * least once: consumers are idempotent). The relay wakes on the commit of an event in this replica, on PostgreSQL {@code NOTIFY} from any
 * replica, and, as a safety net, every {@code poll-interval}.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String CHANNEL = "civicspace_outbox";
    /** Advisory lock class of relay slots: the first key of pg_try_advisory_xact_lock(int, int). */
    private static final int LOCK_CLASS = 0x0c5_0b0;
    /** Aggregates are spread over this many slots (a power of two); one relay at a time holds a slot. */
    private static final int AGGREGATE_SLOTS = 64;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    private final DataSource dataSource;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final Semaphore wake = new Semaphore(0);
    private final AtomicLong published = new AtomicLong();

    private volatile boolean running;
    private KafkaProducer<String, CloudEvent> producer;
    private Thread relayThread;
    private OutboxListener listener;
    private Instant nextCleanup = Instant.now();

    public OutboxRelay(DataSource dataSource, OutboxConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.relayEnabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts relaying (idempotent). */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        producer = new KafkaProducer<>(producerConfig());
        relayThread = new Thread(this::run, "outbox-relay");
        relayThread.setDaemon(true);
        relayThread.start();
        listener = OutboxListener.start(this::wakeUp);
        Log.infof("outbox relay started, source %s", config.source());
    }

    /** Stops relaying; unsent rows stay in the table for the next start or another replica. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        listener.stop();
        wake.release();
        try {
            relayThread.join(Duration.ofSeconds(35).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
        Log.info("outbox relay stopped");
    }

    public boolean isRunning() {
        return running;
    }

    /** Asks the relay to look for new rows now. */
    public void wakeUp() {
        wake.release();
    }

    /** How many events this relay has published since the service started (exported by {@link OutboxMetrics}). */
    public long publishedCount() {
        return published.get();
    }

    private void run() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try {
                wake.drainPermits();
                int sent = publishBatch();
                backoff = Duration.ofMillis(100);
                cleanUpIfDue();
                if (sent >= config.batchSize()) {
                    continue;
                }
                wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | SQLException e) {
                Log.warnf("outbox relay round failed, retrying in %d ms: %s", backoff.toMillis(), e.getMessage());
                sleepQuietly(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** Publishes one batch of unsent rows in the order they were written; returns how many were acknowledged. */
    int publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Row> rows = claim(connection);
                List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
                for (Row row : rows) {
                    sends.add(producer.send(new ProducerRecord<>(row.topic(), row.aggregateId(), row.toCloudEvent())));
                }
                List<Long> sent = new ArrayList<>(rows.size());
                Map<Long, String> failed = new HashMap<>();
                long deadline = System.nanoTime() + config.sendTimeout().toNanos();
                for (int i = 0; i < rows.size(); i++) {
                    try {
                        sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                        sent.add(rows.get(i).position());
                    } catch (ExecutionException | TimeoutException e) {
                        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                        failed.put(rows.get(i).position(), String.valueOf(cause));
                    }
                }
                markSent(connection, sent);
                markFailed(connection, failed);
                connection.commit();
                published.addAndGet(sent.size());
                if (!failed.isEmpty()) {
                    throw new IllegalStateException(failed.size() + " events not acknowledged by Kafka: "
                            + failed.values().iterator().next());
                }
                return sent.size();
            } catch (InterruptedException e) {
                connection.rollback();
                Thread.currentThread().interrupt();
                return 0;
            } catch (SQLException | RuntimeException e) {
                safeRollback(connection);
                throw e;
            }
        }
    }

    /**
     * Claims the oldest unsent rows of the slots this relay can lock, in two statements. First, the slots of the
     * oldest unsent rows are tried in the order those rows were written, each once: a slot that another relay holds
     * is left out of this round altogether. (Trying the lock row by row inside the claiming query was wrong: a slot
     * refused for one row could be released before the scan reached a later row of the same aggregate, which was
     * then published before the earlier one.) Then the rows of the slots now held are read again, with a snapshot
     * taken after the locks, so that rows another relay marked sent meanwhile are not published again.
     */
    private List<Row> claim(Connection connection) throws SQLException {
        List<Integer> slots = lockedSlotsOfOldestUnsent(connection);
        if (slots.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT position, event_id, topic, event_type, source, aggregate_id, occurred_at, payload::text
                FROM outbox_event
                WHERE sent_at IS NULL AND (hashtext(aggregate_id) & ?) = ANY (?)
                ORDER BY position
                LIMIT ?
                FOR UPDATE SKIP LOCKED""")) {
            select.setInt(1, AGGREGATE_SLOTS - 1);
            select.setArray(2, connection.createArrayOf("integer", slots.toArray()));
            select.setInt(3, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8)));
                }
                return rows;
            }
        }
    }

    /** The slots of the oldest unsent rows whose advisory lock this transaction got, each tried once, oldest first. */
    private List<Integer> lockedSlotsOfOldestUnsent(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                WITH oldest AS (
                    SELECT hashtext(aggregate_id) & ? AS slot, position FROM outbox_event
                    WHERE sent_at IS NULL ORDER BY position LIMIT ?),
                slots AS (
                    SELECT slot, min(position) AS first FROM oldest GROUP BY slot)
                SELECT slot FROM (
                    SELECT slot, first, pg_try_advisory_xact_lock(?, slot) AS locked FROM slots
                    ORDER BY first OFFSET 0) tried
                WHERE locked""")) {
            select.setInt(1, AGGREGATE_SLOTS - 1);
            select.setInt(2, config.batchSize());
            select.setInt(3, LOCK_CLASS);
            try (ResultSet rs = select.executeQuery()) {
                List<Integer> slots = new ArrayList<>();
                while (rs.next()) {
                    slots.add(rs.getInt(1));
                }
                return slots;
            }
        }
    }

    private static void markSent(Connection connection, List<Long> positions) throws SQLException {
        if (positions.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET sent_at = now(), attempts = attempts + 1 WHERE position = ANY (?)")) {
            Array array = connection.createArrayOf("bigint", positions.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private static void markFailed(Connection connection, Map<Long, String> failures) throws SQLException {
        if (failures.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE position = ?")) {
            for (Map.Entry<Long, String> failure : failures.entrySet()) {
                update.setString(1, failure.getValue());
                update.setLong(2, failure.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void cleanUpIfDue() throws SQLException {
        if (Instant.now().isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = Instant.now().plus(CLEANUP_EVERY);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM outbox_event WHERE sent_at < now() - make_interval(secs => ?)")) {
            delete.setLong(1, config.retention().toSeconds());
            int deleted = delete.executeUpdate();
            if (deleted > 0) {
                Log.debugf("deleted %d published outbox rows past retention", deleted);
            }
        }
    }

    private Map<String, Object> producerConfig() {
        // every kafka.* setting of the service (bootstrap servers, security), then what the relay's guarantees need
        Map<String, Object> producerConfig = new HashMap<>(kafkaConfig);
        if (!producerConfig.containsKey(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new IllegalStateException("kafka.bootstrap.servers is not set: the outbox relay has no broker");
        }
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + config.source().replace('/', '-'));
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, config.lingerMs());
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                (int) Math.max(config.sendTimeout().toMillis(), 10_000 + config.lingerMs()));
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
        return producerConfig;
    }

    private static void safeRollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            Log.debugf("rollback after a failed relay round failed too: %s", e.getMessage());
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Row(long position, UUID eventId, String topic, String type, String source, String aggregateId,
            Instant occurredAt, String payload) {

        CloudEvent toCloudEvent() {
            return CloudEventBuilder.v1()
                    .withId(eventId.toString())
                    .withSource(URI.create(source))
                    .withType(type)
                    .withSubject(aggregateId)
                    .withTime(occurredAt.atOffset(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withData(payload.getBytes(StandardCharsets.UTF_8))
                    .build();
        }
    }
}
