package org.civicspace.reprisals.audit.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.civicspace.platform.messaging.EventType;
import org.civicspace.platform.messaging.outbox.Outbox;
import org.civicspace.reprisals.audit.domain.AuditChain;
import org.civicspace.reprisals.commons.application.ReprisalsConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;

/**
 * Anchors the audit chain outside the database: a checkpoint (the sequence and MAC of an entry, MACed itself) goes
 * through the outbox to a topic of its own, and verification reads the latest one back from Kafka. Whoever can
 * rewrite the database can neither forge a checkpoint nor remove one already published.
 */
@ApplicationScoped
public class AuditCheckpoints {

    public static final EventType CHECKPOINTED = new EventType("org.civicspace.reprisals.audit.checkpointed.v1",
            "reprisals.audit-checkpoints");
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final int FIRST_WINDOW = 64;

    private final Outbox outbox;
    private final AuditChain chain;
    private final ObjectMapper json;
    private final String chainName;
    private final Map<String, Object> kafkaConfig;

    public AuditCheckpoints(Outbox outbox, AuditChain chain, ObjectMapper json, ReprisalsConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.outbox = outbox;
        this.chain = chain;
        this.json = json;
        this.chainName = config.audit().chain();
        this.kafkaConfig = kafkaConfig;
    }

    /** The wire data of a checkpoint: which chain, which entry and its MAC, and the checkpoint's own MAC. */
    public record CheckpointData(String chain, long sequence, String hash, String mac) {
    }

    /** Appends a checkpoint of the entry {@code sequence}, whose MAC is {@code hash}, to the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(long sequence, String hash) {
        outbox.append(CHECKPOINTED, chainName, new CheckpointData(chainName, sequence, hash,
                chain.checkpointMac(chainName, sequence, hash)));
    }

    /**
     * The checkpoint of this service's chain with the highest sequence, read back from Kafka; checkpoints whose MAC
     * does not hold are ignored (and logged), so a forged one can neither hide nor fake an anchor. The end of the
     * topic is read first, further back only while no checkpoint of the chain is found there.
     */
    public Optional<AuditChain.Anchor> latest() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(CHECKPOINTED.topic(), READ_TIMEOUT);
            if (partitions == null || partitions.isEmpty()) {
                return Optional.empty();
            }
            List<TopicPartition> topicPartitions = partitions.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(topicPartitions);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(topicPartitions, READ_TIMEOUT);
            Map<TopicPartition, Long> end = consumer.endOffsets(topicPartitions, READ_TIMEOUT);
            for (long window = FIRST_WINDOW;; window *= 8) {
                boolean wholeTopic = true;
                for (TopicPartition partition : topicPartitions) {
                    long from = Math.max(beginning.get(partition), end.get(partition) - window);
                    wholeTopic &= from == beginning.get(partition);
                    consumer.seek(partition, from);
                }
                Optional<AuditChain.Anchor> found = readUpTo(consumer, end);
                if (found.isPresent() || wholeTopic) {
                    return found;
                }
            }
        }
    }

    private Optional<AuditChain.Anchor> readUpTo(KafkaConsumer<String, String> consumer,
            Map<TopicPartition, Long> end) {
        AuditChain.Anchor latest = null;
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the audit checkpoints could not be read back from Kafka in time");
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                Optional<AuditChain.Anchor> anchor = anchorOf(record);
                if (anchor.isPresent() && (latest == null || anchor.get().sequence() > latest.sequence())) {
                    latest = anchor.get();
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    private Optional<AuditChain.Anchor> anchorOf(ConsumerRecord<String, String> record) {
        if (!chainName.equals(record.key()) || record.value() == null) {
            return Optional.empty();
        }
        try {
            CheckpointData data = json.readValue(record.value(), CheckpointData.class);
            if (chainName.equals(data.chain()) && data.hash() != null && data.mac() != null
                    && data.mac().equals(chain.checkpointMac(data.chain(), data.sequence(), data.hash()))) {
                return Optional.of(new AuditChain.Anchor(data.sequence(), data.hash()));
            }
        } catch (JsonProcessingException e) {
            // falls through: not a checkpoint this service wrote
        }
        Log.warnf("audit checkpoint at offset %d of partition %d ignored: its MAC does not hold", record.offset(),
                record.partition());
        return Optional.empty();
    }

    private Properties consumerConfig() {
        // every kafka.* setting of the service: bootstrap servers and its own authenticated principal
        Properties config = new Properties();
        config.putAll(kafkaConfig);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }
}
