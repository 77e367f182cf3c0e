package org.civicspace.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.civicspace.launcher.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Faults under load, on the local stack: while a writer adds representatives to an organisation through the gateway
 * as fast as one client steadily does, the test kills registry-service (the writer's service, whose outbox holds
 * events committed but not yet published) and accreditation-service (a consumer) with SIGKILL and restarts them,
 * kills and restarts the Kafka broker, and crashes and restarts PostgreSQL (immediate shutdown), for
 * {@code -Dfaults.cycles} cycles (2 by default). Then, once everything has recovered: every acknowledged write (201)
 * is stored; every stored representative reached both consumers (accreditation-service and events-service) exactly
 * once; and the event records on Kafka are counted, so that the duplicates the outbox relay re-published after a
 * crash, which the consumers' inboxes absorbed, are reported. The report goes to stdout and to
 * {@code target/fault-injection-report.md}.
 */
@ExtendWith(SharedStack.class)
class FaultInjectionIT {

    /** cso-rep's organisation (org_id in deploy/keycloak/civicspace-realm.json), in the demo data. */
    static final String ORGANIZATION = "7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d";
    static final String TOPIC = "registry.representatives";
    static final int CYCLES = Integer.getInteger("faults.cycles", 2);
    static final Duration BETWEEN_FAULTS = Duration.ofSeconds(5);
    static final Duration RECOVERY = Duration.ofMinutes(3);
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<String> faults = new ArrayList<>();
    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    @Test
    void everyAcknowledgedWriteIsStoredAndAppliedDownstreamExactlyOnce(LocalStack stack) throws Exception {
        String api = stack.url("gateway") + "/api/v1";
        Thread writer = new Thread(() -> writeUntilStopped(stack, api), "fault-injection-writer");
        writer.start();
        Instant started = Instant.now();
        try {
            pause(BETWEEN_FAULTS);
            for (int cycle = 1; cycle <= CYCLES; cycle++) {
                fault(cycle, "kill -9 registry-service, restart", () -> {
                    stack.crash("registry");
                    stack.restart("registry");
                });
                fault(cycle, "kill -9 accreditation-service, restart", () -> {
                    stack.crash("accreditation");
                    stack.restart("accreditation");
                });
                fault(cycle, "kill -9 the Kafka broker, restart", stack::crashAndRestartKafka);
                fault(cycle, "crash PostgreSQL (immediate shutdown), restart", stack::crashAndRestartPostgres);
            }
        } finally {
            writing.set(false);
            writer.join(Duration.ofSeconds(30).toMillis());
        }
        Duration underFaults = Duration.between(started, Instant.now());

        Set<String> stored = new HashSet<>();
        await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().untilAsserted(() -> {
            stored.clear();
            stored.addAll(ids(stack, "registry", "SELECT id FROM representative WHERE organization_id = ?::uuid"
                    + " AND full_name LIKE ?"));
            assertThat(appliedIn(stack, "accreditation", stored)).isEqualTo(stored.size());
            assertThat(appliedIn(stack, "events", stored)).isEqualTo(stored.size());
        });

        assertThat(acknowledged).as("acknowledged writes").isNotEmpty();
        assertThat(outcomes).as("an outage answers 503 (or 504), never 500").doesNotContainKey("500");
        assertThat(stored).as("every acknowledged write is stored").containsAll(acknowledged);
        Map<String, Integer> recordsPerRepresentative = recordsOnTheTopic(stack, stored);
        assertThat(recordsPerRepresentative.keySet()).as("every stored write was published").isEqualTo(stored);
        int records = recordsPerRepresentative.values().stream().mapToInt(Integer::intValue).sum();
        report(underFaults, stored.size(), records);
    }

    private void fault(int cycle, String what, Runnable fault) {
        Instant at = Instant.now();
        fault.run();
        faults.add("cycle " + cycle + ": " + what + " (" + Duration.between(at, Instant.now()).toMillis() / 1000.0
                + " s)");
        pause(BETWEEN_FAULTS);
    }

    /** One client adding representatives steadily; only a 201 counts as acknowledged. */
    private void writeUntilStopped(LocalStack stack, String api) {
        String token = null;
        Instant tokenAt = Instant.MIN;
        for (int n = 0; writing.get(); n++) {
            try {
                if (Duration.between(tokenAt, Instant.now()).toSeconds() > 60) {
                    token = token(stack);
                    tokenAt = Instant.now();
                }
                String name = "Fault " + run + " " + n;
                String body = JSON.writeValueAsString(Map.of("fullName", name, "role", "representative",
                        "email", "fault-" + run + "-" + n + "@example.org", "startDate", "2026-01-01"));
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(api + "/registry/organizations/" + ORGANIZATION + "/representatives"))
                        .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                outcomes.computeIfAbsent(Integer.toString(response.statusCode()), k -> new AtomicInteger())
                        .incrementAndGet();
                if (response.statusCode() == 201) {
                    acknowledged.add(JSON.readTree(response.body()).path("id").asText());
                }
            } catch (IOException e) {
                outcomes.computeIfAbsent("no answer (" + e.getClass().getSimpleName() + ")", k -> new AtomicInteger())
                        .incrementAndGet();
                token = null;
                tokenAt = Instant.MIN;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause(Duration.ofMillis(50));
        }
    }

    private String token(LocalStack stack) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(stack.keycloakRealmUrl() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=civicspace-cli&username=cso-rep&password=cso-rep"))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode token = JSON.readTree(response.body()).path("access_token");
        if (token.isMissingNode()) {
            throw new IOException("no token: " + response.statusCode());
        }
        return token.asText();
    }

    private Set<String> ids(LocalStack stack, String database, String sql) throws SQLException {
        try (Connection connection = connect(stack, database);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, ORGANIZATION);
            statement.setString(2, "Fault " + run + " %");
            Set<String> ids = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    /** How many of {@code ids} the consumer applied; its primary key makes twice impossible, so this is "once". */
    private long appliedIn(LocalStack stack, String database, Set<String> ids) throws SQLException {
        try (Connection connection = connect(stack, database);
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM representative WHERE id = ANY (?::uuid[])")) {
            statement.setString(1, "{" + String.join(",", ids) + "}");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection connect(LocalStack stack, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + stack.postgresPort() + "/" + database,
                database, database);
    }

    /** Records of the "added" events of our representatives on the topic, per representative. */
    private Map<String, Integer> recordsOnTheTopic(LocalStack stack, Set<String> ids) {
        Properties properties = new Properties();
        // the test's observer reads as the broker's admin: the broker admits nobody without credentials
        properties.putAll(stack.kafkaClientSettings("admin"));
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Integer> records = new TreeMap<>();
        Set<String> eventIds = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    String id = representativeOf(record.value());
                    if (id != null && ids.contains(id) && "org.civicspace.registry.representative.added.v1"
                            .equals(header(record, "ce_type"))) {
                        records.merge(id, 1, Integer::sum);
                        eventIds.add(header(record, "ce_id"));
                    }
                }
            }
        }
        assertThat(eventIds).as("one event id per representative, however often it was sent").hasSize(records.size());
        return records;
    }

    private static String representativeOf(String value) {
        try {
            JsonNode data = JSON.readTree(value);
            return data.hasNonNull("representativeId") ? data.get("representativeId").asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private void report(Duration underFaults, int stored, int records) throws IOException {
        int attempts = outcomes.values().stream().mapToInt(AtomicInteger::get).sum();
        StringBuilder text = new StringBuilder("## Fault injection (" + Instant.now() + ")\n\n");
        text.append("Writes through the gateway for ").append(underFaults.toSeconds()).append(" s under ")
                .append(faults.size()).append(" faults:\n\n");
        faults.forEach(fault -> text.append("- ").append(fault).append('\n'));
        text.append("\n| what | count |\n|---|---:|\n");
        text.append("| write attempts | ").append(attempts).append(" |\n");
        new TreeMap<>(outcomes).forEach((outcome, count) -> text.append("| answered ").append(outcome).append(" | ")
                .append(count.get()).append(" |\n"));
        text.append("| acknowledged (201) | ").append(acknowledged.size()).append(" |\n");
        text.append("| stored in registry-service | ").append(stored).append(" |\n");
        text.append("| of them acknowledged | ").append(acknowledged.size()).append(" (every acknowledged write) |\n");
        text.append("| stored, but the answer was lost (a crash after commit, a timeout) | ")
                .append(stored - acknowledged.size()).append(" |\n");
        text.append("| applied by accreditation-service | ").append(stored).append(" (each once) |\n");
        text.append("| applied by events-service | ").append(stored).append(" (each once) |\n");
        text.append("| event records on ").append(TOPIC).append(" | ").append(records).append(" |\n");
        text.append("| duplicate records absorbed by the consumers' inboxes | ").append(records - stored)
                .append(" |\n");
        System.out.println(text);
        Files.writeString(Path.of("target", "fault-injection-report.md"), text);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
