package org.civicspace.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.civicspace.launcher.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker of the local stack as any process on the machine meets it: without credentials it admits nothing, and
 * a service's credentials open exactly that service's topics, so a forged decision or a read of the reprisals
 * topics is refused by the broker itself, before any consumer would have to.
 */
@ExtendWith(SharedStack.class)
class BrokerIT {

    static final String DECISIONS = "accreditation.accreditations";

    static LocalStack stack;

    @BeforeAll
    static void connect(LocalStack running) {
        stack = running;
    }

    @Test
    void aClientWithoutCredentialsGetsNothingWritten() {
        Map<String, Object> anonymous = new HashMap<>();
        anonymous.put("bootstrap.servers", stack.kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer = producer(anonymous)) {
            Throwable refused = catchThrowable(() -> producer.send(new ProducerRecord<>(DECISIONS, "k", "forged"))
                    .get(30, TimeUnit.SECONDS));

            assertThat(refused).as("a plaintext client never gets past the SASL handshake").isNotNull();
        }
    }

    @Test
    void aServiceNameWithAGuessedPasswordIsRefused() {
        Map<String, Object> guessed = new HashMap<>(stack.kafkaClientSettings("accreditation-service"));
        guessed.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"accreditation-service\" password=\"accreditation-service\";");
        try (KafkaProducer<String, String> producer = producer(guessed)) {
            Throwable refused = catchThrowable(() -> producer.send(new ProducerRecord<>(DECISIONS, "k", "forged"))
                    .get(30, TimeUnit.SECONDS));

            assertThat(refused).hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void anotherServicesCredentialsCannotWriteAccreditationDecisions() {
        try (KafkaProducer<String, String> events = producer(stack.kafkaClientSettings("events-service"))) {
            Throwable refused = catchThrowable(() -> events.send(new ProducerRecord<>(DECISIONS, "k", "forged"))
                    .get(30, TimeUnit.SECONDS));

            assertThat(refused).hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theGatewaysCredentialsReadThePublicTopicsAndNeitherReprisalsNorRepresentatives() {
        try (KafkaConsumer<String, String> gateway = consumer(stack.kafkaClientSettings("gateway"))) {
            assertThat(gateway.partitionsFor(DECISIONS, Duration.ofSeconds(30))).isNotEmpty();

            for (String closed : List.of("reprisals.cases", "reprisals.protection-flags", "registry.representatives")) {
                gateway.assign(List.of(new TopicPartition(closed, 0)));
                Throwable refused = catchThrowable(() -> gateway.poll(Duration.ofSeconds(10)));

                assertThat(refused).as(closed).isInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    private static KafkaProducer<String, String> producer(Map<String, ?> settings) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put("max.block.ms", 15_000);
        config.put("request.timeout.ms", 10_000);
        config.put("delivery.timeout.ms", 20_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(Map<String, ?> settings) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put("enable.auto.commit", false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }
}
