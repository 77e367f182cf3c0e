package org.civicspace.platform.messaging.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Applies each CloudEvent once, however often Kafka delivers it: the event's {@code source} and {@code id} are
 * recorded in the same transaction as its effect, and a delivery whose key is already recorded is acknowledged
 * without effect.
 *
 * <p>A failing event is retried a few times with backoff, then negatively acknowledged, which the channel's
 * {@code failure-strategy=dead-letter-queue} turns into a record on the dead-letter topic; the partition then moves
 * on. A {@link PoisonEventException} skips the retries. Call it from a {@code @Blocking} {@code @Incoming} method.
 */
@ApplicationScoped
public class Inbox {

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final InboxConfig config;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();

    public Inbox(DataSource dataSource, ObjectMapper json, InboxConfig config) {
        this.dataSource = dataSource;
        this.json = json;
        this.config = config;
    }

    /** Applies {@code message} with {@code handler} unless it was applied before, and acknowledges it. */
    public CompletionStage<Void> receive(Message<String> message, EventHandler handler) {
        ReceivedEvent event = eventOf(message);
        if (event == null) {
            return deadLetter(message, notACloudEvent());
        }
        Optional<PoisonEventException> refused = refusal(message, event);
        if (refused.isPresent()) {
            return deadLetter(message, refused.get());
        }
        Duration backoff = config.firstBackoff();
        Exception last = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                boolean first = QuarkusTransaction.requiringNew().call(() -> applyOnce(event, handler));
                (first ? applied : duplicates).incrementAndGet();
                if (!first) {
                    Log.debugf("duplicate delivery of %s %s absorbed", event.type(), event.id());
                }
                return message.ack();
            } catch (Exception e) {
                last = unwrap(e);
                if (last instanceof PoisonEventException) {
                    break;
                }
                Log.warnf("applying %s %s failed (attempt %d of %d): %s", event.type(), event.id(), attempt,
                        config.maxAttempts(), last.getMessage());
                if (attempt < config.maxAttempts()) {
                    pause(backoff);
                    backoff = backoff.multipliedBy(2);
                }
            }
        }
        return deadLetter(message, last);
    }

    /**
     * Applies the records of one poll (a channel with {@code batch=true}) in one transaction, each event once as
     * {@link #receive} does, and then acknowledges them. One commit for a whole batch is what lets a consumer keep up
     * with events in bulk, where a transaction per event waits on a commit per event. If the batch fails as a whole,
     * nothing of it is kept and each record goes through
     * {@link #receive} in turn, so that a failing event is retried and dead-lettered alone while the others apply.
     * Call it from a {@code @Blocking} {@code @Incoming} method, which takes one batch at a time.
     */
    public CompletionStage<Void> receiveAll(KafkaRecordBatch<?, String> batch, EventHandler handler) {
        return receiveAll(batch, (List<ReceivedEvent> events) -> {
            for (ReceivedEvent event : events) {
                handler.handle(event);
            }
        });
    }

    /**
     * As {@link #receiveAll(KafkaRecordBatch, EventHandler)}, with the events the batch brings for the first time
     * handed to {@code handler} together, so that it can apply them in a few statements (see {@link BatchHandler}).
     */
    public CompletionStage<Void> receiveAll(KafkaRecordBatch<?, String> batch, BatchHandler handler) {
        List<Message<String>> records = new ArrayList<>();
        List<ReceivedEvent> events = new ArrayList<>();
        List<CompletionStage<Void>> outcomes = new ArrayList<>();
        for (KafkaRecord<?, String> record : batch.getRecords()) {
            ReceivedEvent event = eventOf(record);
            Optional<PoisonEventException> refused = event == null ? Optional.of(notACloudEvent())
                    : refusal(record, event);
            if (refused.isPresent()) {
                outcomes.add(deadLetter(record, refused.get()));
            } else {
                records.add(record);
                events.add(event);
            }
        }
        try {
            int first = QuarkusTransaction.requiringNew().call(() -> {
                // one statement claims the whole batch; a key delivered twice in it is claimed, and applied, once
                Set<String> claimed = claimAll(events);
                List<ReceivedEvent> firstTime = events.stream().filter(event -> claimed.remove(keyOf(event)))
                        .toList();
                if (!firstTime.isEmpty()) {
                    handler.handleAll(firstTime);
                }
                return firstTime.size();
            });
            applied.addAndGet(first);
            duplicates.addAndGet(events.size() - first);
            records.forEach(record -> outcomes.add(record.ack()));
        } catch (Exception e) {
            Log.warnf("a batch of %d events failed as a whole (%s); applying them one at a time", events.size(),
                    unwrap(e).getMessage());
            records.forEach(record -> outcomes.add(receive(record, event -> handler.handleAll(List.of(event)))));
        }
        return CompletableFuture.allOf(outcomes.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new));
    }

    /** Events applied for the first time since start. */
    public long appliedCount() {
        return applied.get();
    }

    /** Redeliveries recognised and skipped since start. */
    public long duplicateCount() {
        return duplicates.get();
    }

    /** Events sent to the dead-letter topic since start. */
    public long deadLetteredCount() {
        return deadLettered.get();
    }

    /** The CloudEvent {@code message} carries, or {@code null} if it is none or has no data. */
    private ReceivedEvent eventOf(Message<String> message) {
        var metadata = message.getMetadata(IncomingCloudEventMetadata.class);
        if (metadata.isEmpty() || message.getPayload() == null) {
            return null;
        }
        IncomingCloudEventMetadata<?> ce = metadata.get();
        return new ReceivedEvent(ce.getId(), ce.getSource().toString(), ce.getType(), ce.getSubject().orElse(null),
                ce.getTimeStamp().map(ZonedDateTime::toInstant).orElse(null), message.getPayload(), json);
    }

    /** Why {@link EventAdmission} refuses {@code event}, as the poison that dead-letters it; empty to apply it. */
    private Optional<PoisonEventException> refusal(Message<String> message, ReceivedEvent event) {
        String topic = message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getTopic)
                .orElseThrow(() -> new IllegalStateException("the inbox reads Kafka records only"));
        return EventAdmission.refusal(topic, event, Instant.now())
                .map(reason -> new PoisonEventException(event.type() + " " + event.id() + " refused: " + reason));
    }

    private static PoisonEventException notACloudEvent() {
        return new PoisonEventException("not a CloudEvent with data: a ce_id, ce_source, ce_type header or the value "
                + "is missing");
    }

    private boolean applyOnce(ReceivedEvent event, EventHandler handler) throws Exception {
        if (!claim(event)) {
            return false;
        }
        handler.handle(event);
        return true;
    }

    private boolean claim(ReceivedEvent event) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO inbox_event (source, event_id, event_type) VALUES (?, ?, ?)
                        ON CONFLICT (source, event_id) DO NOTHING""")) {
            insert.setString(1, event.source());
            insert.setString(2, event.id());
            insert.setString(3, event.type());
            return insert.executeUpdate() == 1;
        }
    }

    /** Records every event not recorded before; returns the keys ({@link #keyOf}) of those it recorded. */
    private Set<String> claimAll(List<ReceivedEvent> events) throws SQLException {
        Set<String> claimed = new HashSet<>();
        if (events.isEmpty()) {
            return claimed;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO inbox_event (source, event_id, event_type)
                        SELECT * FROM unnest(?::text[], ?::text[], ?::text[])
                        ON CONFLICT (source, event_id) DO NOTHING
                        RETURNING source, event_id""")) {
            insert.setArray(1, connection.createArrayOf("text", events.stream().map(ReceivedEvent::source).toArray()));
            insert.setArray(2, connection.createArrayOf("text", events.stream().map(ReceivedEvent::id).toArray()));
            insert.setArray(3, connection.createArrayOf("text", events.stream().map(ReceivedEvent::type).toArray()));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    claimed.add(rows.getString(1) + '\n' + rows.getString(2));
                }
            }
        }
        return claimed;
    }

    private static String keyOf(ReceivedEvent event) {
        return event.source() + '\n' + event.id();
    }

    private CompletionStage<Void> deadLetter(Message<String> message, Exception reason) {
        deadLettered.incrementAndGet();
        Log.errorf("event sent to the dead-letter topic: %s", reason.getMessage());
        return message.nack(reason);
    }

    private static Exception unwrap(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof PoisonEventException)
                && cause.getClass().getName().startsWith("io.quarkus.narayana")) {
            cause = cause.getCause();
        }
        return cause instanceof Exception exception ? exception : e;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
