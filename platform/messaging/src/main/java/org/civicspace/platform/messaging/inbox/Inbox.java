package org.civicspace.platform.messaging.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;

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
        var metadata = message.getMetadata(IncomingCloudEventMetadata.class);
        if (metadata.isEmpty() || message.getPayload() == null) {
            return deadLetter(message, new PoisonEventException("not a CloudEvent with data: a ce_id, ce_source, "
                    + "ce_type header or the value is missing"));
        }
        IncomingCloudEventMetadata<?> ce = metadata.get();
        ReceivedEvent event = new ReceivedEvent(ce.getId(), ce.getSource().toString(), ce.getType(),
                ce.getSubject().orElse(null), ce.getTimeStamp().map(ZonedDateTime::toInstant).orElse(null),
                message.getPayload(), json);
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
