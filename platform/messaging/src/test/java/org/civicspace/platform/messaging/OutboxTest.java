package org.civicspace.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicspace.testing.TopicReader.header;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.civicspace.platform.messaging.outbox.OutboxConfig;
import org.civicspace.platform.messaging.outbox.OutboxRelay;
import org.civicspace.testing.EventSchemas;
import org.civicspace.testing.RealServers;
import org.civicspace.testing.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;

/** The outbox's guarantees, against the real PostgreSQL and Kafka. */
@QuarkusTest
class OutboxTest {

    static final String TOPIC = WidgetCreated.TYPE.topic();
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    WidgetService widgets;
    @Inject
    Widgets tables;
    @Inject
    OutboxRelay relay;
    @Inject
    DataSource dataSource;
    @Inject
    OutboxConfig config;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Test
    void publishesCommittedEventAsBinaryCloudEventKeyedByAggregate() {
        try (TopicReader topic = new TopicReader(TOPIC)) {
            UUID id = widgets.create("blue");

            var records = topic.await(r -> id.toString().equals(r.key()), 1, WAIT);

            assertThat(records).hasSize(1);
            var record = records.get(0);
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_type")).isEqualTo("org.civicspace.platform-test.widget.created.v1");
            assertThat(header(record, "ce_source")).isEqualTo("/civicspace/platform-test");
            assertThat(header(record, "ce_subject")).isEqualTo(id.toString());
            assertThat(header(record, "ce_id")).isNotBlank();
            assertThat(header(record, "ce_time")).isNotBlank();
            assertThat(header(record, "content-type")).isEqualTo("application/json");
            assertThat(record.value()).contains("\"name\":\"blue\"");
            assertThat(EventSchemas.violations(header(record, "ce_type"), record.value())).isEmpty();
            assertThat(tables.unsentOutboxRows(id)).isZero();
        }
    }

    @Test
    void publishesNothingWhenTheTransactionRollsBack() {
        try (TopicReader topic = new TopicReader(TOPIC)) {
            UUID id = UUID.randomUUID();

            assertThatThrownBy(() -> widgets.createThenFail(id, "doomed")).isInstanceOf(IllegalStateException.class);

            assertThat(tables.exists(id)).isFalse();
            assertThat(tables.outboxRows(id)).isZero();
            assertThat(topic.drain(r -> id.toString().equals(r.key()), Duration.ofSeconds(3))).isEmpty();
        }
    }

    @Test
    void wakesOnCommitOfAnotherReplicaThroughNotify() throws SQLException {
        // the safety-net poll is 30 s here, so arrival within WAIT proves NOTIFY woke the relay; the row is written
        // behind this replica's back, as another replica of the service would
        try (TopicReader topic = new TopicReader(TOPIC)) {
            UUID id = UUID.randomUUID();
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement("""
                            INSERT INTO outbox_event (event_id, topic, event_type, source, aggregate_id, occurred_at,
                                                      payload)
                            VALUES (?, ?, ?, ?, ?, now(), CAST(? AS json))""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, TOPIC);
                insert.setString(3, WidgetCreated.TYPE.name());
                insert.setString(4, "/civicspace/platform-test");
                insert.setString(5, id.toString());
                insert.setString(6, "{\"widgetId\":\"" + id + "\",\"name\":\"other-replica\"}");
                insert.executeUpdate();
            }

            assertThat(topic.await(r -> id.toString().equals(r.key()), 1, Duration.ofSeconds(15))).hasSize(1);
        }
    }

    @Test
    void relayReplicasSideBySidePublishEachEventExactlyOnce() {
        String runId = UUID.randomUUID().toString();
        OutboxRelay secondReplica = new OutboxRelay(dataSource, config, kafkaConfig);
        secondReplica.start();
        try (TopicReader topic = new TopicReader(TOPIC)) {
            int events = 400;
            for (int batch = 0; batch < events / 50; batch++) {
                QuarkusTransaction.requiringNew().run(() -> {
                    for (int i = 0; i < 50; i++) {
                        widgets.create(runId + "-" + UUID.randomUUID());
                    }
                });
            }

            var records = topic.await(r -> r.value().contains(runId), events, WAIT);
            topic.drain(r -> false, Duration.ofSeconds(2));
            records = topic.await(r -> r.value().contains(runId), events, Duration.ZERO);

            Set<String> ids = records.stream().map(r -> header(r, "ce_id")).collect(Collectors.toSet());
            assertThat(records).hasSize(events);
            assertThat(ids).hasSize(events);
            assertThat(relay.publishedCount() + secondReplica.publishedCount()).isGreaterThanOrEqualTo(events);
        } finally {
            secondReplica.stop();
        }
    }

    @Test
    void relayReplicasSideBySideKeepEachAggregatesEventsInOrder() {
        String runId = UUID.randomUUID().toString();
        List<UUID> aggregates = IntStream.range(0, 10).mapToObj(i -> UUID.randomUUID()).toList();
        // three relays competing for the same slots (a slot released between two rows of one aggregate once let a
        // later event overtake an earlier one)
        OutboxRelay secondReplica = new OutboxRelay(dataSource, config, kafkaConfig);
        OutboxRelay thirdReplica = new OutboxRelay(dataSource, config, kafkaConfig);
        secondReplica.start();
        thirdReplica.start();
        try (TopicReader topic = new TopicReader(TOPIC)) {
            int perAggregate = 40;
            for (int sequence = 0; sequence < perAggregate; sequence++) {
                for (UUID aggregate : aggregates) {
                    widgets.renamed(aggregate, runId + "#" + sequence);
                }
            }

            var records = topic.await(r -> r.value().contains(runId), aggregates.size() * perAggregate, WAIT);

            assertThat(records).hasSize(aggregates.size() * perAggregate);
            for (UUID aggregate : aggregates) {
                List<Integer> sequences = records.stream()
                        .filter(r -> aggregate.toString().equals(r.key()))
                        .map(r -> Integer.parseInt(r.value().replaceAll(".*#(\\d+).*", "$1")))
                        .toList();
                assertThat(sequences).as("events of %s in publish order", aggregate)
                        .containsExactlyElementsOf(IntStream.range(0, perAggregate).boxed().toList());
            }
        } finally {
            secondReplica.stop();
            thirdReplica.stop();
        }
    }

    @Test
    void eventAcceptedWhileKafkaIsDownIsPublishedOnceItIsBack() {
        try (TopicReader topic = new TopicReader(TOPIC)) {
            RealServers.kafka().crash();
            UUID id;
            try {
                id = widgets.create("while-kafka-is-down");

                assertThat(tables.exists(id)).isTrue();
                assertThat(tables.unsentOutboxRows(id)).isEqualTo(1);
            } finally {
                RealServers.kafka().restart();
            }

            var records = topic.await(r -> id.toString().equals(r.key()), 1, Duration.ofSeconds(90));
            topic.drain(r -> false, Duration.ofSeconds(2));

            assertThat(topic.await(r -> id.toString().equals(r.key()), 1, Duration.ZERO)).hasSize(1);
            assertThat(records).hasSize(1);
            assertThat(tables.unsentOutboxRows(id)).isZero();
        }
    }
}
