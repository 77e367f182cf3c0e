package org.civicspace.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker authenticates every client and lets each principal write only what its ACLs allow. */
class KafkaBrokerTest {

    private static final Map<String, String> PASSWORDS = Map.of("registry-service", "registry-secret",
            "events-service", "events-secret");

    private static final List<KafkaAccess.Principal> CATALOGUE = List.of(KafkaAccess.principal("registry-service"),
            KafkaAccess.principal("events-service"));

    @TempDir
    static Path directory;

    private static KafkaBroker broker;

    @BeforeAll
    static void start() {
        // the first six bits 111110 are "-" in URL-safe base64: one cluster id in 64 begins so
        String clusterId = KafkaBroker.Base64Uuid.of(new UUID(0xF800_0000_0000_0000L, 42));
        assertThat(clusterId).startsWith("-");
        broker = KafkaBroker.start(directory, Ports.free(), Ports.free(), "256m", "admin-secret", clusterId);
        broker.grantOnly(CATALOGUE, PASSWORDS);
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void aServiceWritesItsOwnTopics() throws Exception {
        try (KafkaProducer<String, String> registry = producer("registry-service", "registry-secret")) {
            assertThat(registry.send(new ProducerRecord<>("registry.organizations", "k", "v"))
                    .get(30, TimeUnit.SECONDS).offset()).isNotNegative();
        }
    }

    @Test
    void aServiceCannotWriteAnotherServicesTopic() {
        try (KafkaProducer<String, String> events = producer("events-service", "events-secret")) {
            assertThatThrownBy(() -> events.send(new ProducerRecord<>("registry.organizations", "k", "forged"))
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void everyTopicAServiceReadsExistsBeforeItsOwnerWrites() throws Exception {
        Map<String, Object> config = new HashMap<>(broker.adminSettings());
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(config)) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .contains("accreditation.accreditations", "reprisals.protection-flags", "registry.organizations");
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        try (KafkaProducer<String, String> impostor = producer("registry-service", "guessed")) {
            assertThatThrownBy(() -> impostor.send(new ProducerRecord<>("registry.organizations", "k", "v"))
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void grantingAnotherCatalogueTakesAwayWhatItNoLongerGrants() {
        try {
            broker.grantOnly(List.of(KafkaAccess.principal("registry-service"),
                    new KafkaAccess.Principal("events-service", List.of())), PASSWORDS);
            try (KafkaProducer<String, String> events = producer("events-service", "events-secret")) {
                assertThatThrownBy(() -> events.send(new ProducerRecord<>("events.events", "k", "v"))
                        .get(30, TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
            }
        } finally {
            broker.grantOnly(CATALOGUE, PASSWORDS);
        }
    }

    private static KafkaProducer<String, String> producer(String user, String password) {
        Map<String, Object> config = new HashMap<>(KafkaAccess.clientSettings(user, password));
        config.put("bootstrap.servers", broker.bootstrapServers());
        config.put("max.block.ms", 15_000);
        config.put("delivery.timeout.ms", 20_000);
        config.put("request.timeout.ms", 10_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
