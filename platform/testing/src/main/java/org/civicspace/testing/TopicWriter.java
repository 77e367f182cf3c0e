package org.civicspace.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.civicspace.servers.KafkaAccess;

/**
 * Writes records to the test broker as another service would, with that service's own Kafka credentials (so the
 * broker's ACLs apply as they do to the service): CloudEvents in binary mode ({@code ce_*} headers, JSON value), or
 * anything else, to prove how consumers treat duplicates, poison and forgeries.
 */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    /** A writer authenticated as the Kafka principal {@code user}, such as {@code registry-service}. */
    public TopicWriter(String user) {
        Properties config = new Properties();
        config.putAll(RealServers.kafkaClientSettings(user));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** A writer authenticated as the service that owns {@code topic} ({@code registry.*}: registry-service). */
    public static TopicWriter asOwnerOf(String topic) {
        return new TopicWriter(KafkaAccess.ownerOf(topic)
                .orElseThrow(() -> new IllegalArgumentException("no service owns " + topic)).name());
    }

    /** Sends a CloudEvent 1.0 in binary mode, stamped now, and waits for the broker's acknowledgement. */
    public void sendCloudEvent(String topic, String key, String id, String source, String type, String json) {
        sendCloudEvent(topic, key, id, source, type, json, Instant.now());
    }

    /** As {@link #sendCloudEvent(String, String, String, String, String, String)}, with the given {@code time}. */
    public void sendCloudEvent(String topic, String key, String id, String source, String type, String json,
            Instant time) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_source", source);
        header(record, "ce_type", type);
        header(record, "ce_time", time.toString());
        header(record, "content-type", "application/json");
        send(record);
    }

    /** Sends a plain record with no CloudEvents headers. */
    public void sendRaw(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    private void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the test broker did not take the record", e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
