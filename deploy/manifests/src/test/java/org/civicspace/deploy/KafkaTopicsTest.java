package org.civicspace.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

/** Kafka through Strimzi: every topic the code uses is declared, replicated three times, two replicas in sync. */
class KafkaTopicsTest {

    static Stream<String> variants() {
        return Variants.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyTopicHasThreeReplicasAndNeedsTwoInSync(String variant) {
        List<Manifests.Resource> topics = Variants.load(variant).ofKind("KafkaTopic");

        assertThat(topics).isNotEmpty().allSatisfy(topic -> {
            assertThat(Manifests.at(topic.raw(), "spec", "replicas")).as("%s replicas", topic).isEqualTo(3);
            assertThat(Manifests.at(topic.raw(), "spec", "config", "min.insync.replicas"))
                    .as("%s min.insync.replicas", topic).isEqualTo("2");
            assertThat(Manifests.at(topic.raw(), "metadata", "labels", "strimzi.io/cluster"))
                    .as("%s belongs to the Kafka cluster", topic).isEqualTo("civicspace");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void topicsCoverEveryAsyncApiChannelAndEveryTopicTheServicesConfigure(String variant) {
        Set<String> declared = topicNames(Variants.load(variant));

        assertThat(declared).containsAll(asyncApiAddresses()).containsAll(configuredTopics());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void kafkaRefusesAutoCreatedTopicsAndHasEnoughBrokersForThreeReplicas(String variant) {
        Manifests manifests = Variants.load(variant);
        Manifests.Resource kafka = manifests.named("Kafka", "civicspace");

        assertThat(Manifests.at(kafka.raw(), "spec", "kafka", "config", "auto.create.topics.enable")).isEqualTo(false);
        assertThat(Manifests.at(kafka.raw(), "spec", "kafka", "config", "min.insync.replicas")).isEqualTo(2);
        assertThat(Manifests.at(kafka.raw(), "spec", "kafka", "config", "default.replication.factor")).isEqualTo(3);
        int brokers = manifests.ofKind("KafkaNodePool").stream()
                .filter(p -> Manifests.listAt(p.raw(), "spec", "roles").contains("broker"))
                .mapToInt(p -> (Integer) Manifests.at(p.raw(), "spec", "replicas")).sum();
        int controllers = manifests.ofKind("KafkaNodePool").stream()
                .filter(p -> Manifests.listAt(p.raw(), "spec", "roles").contains("controller"))
                .mapToInt(p -> (Integer) Manifests.at(p.raw(), "spec", "replicas")).sum();
        assertThat(brokers).as("brokers").isGreaterThanOrEqualTo(3);
        assertThat(controllers).as("KRaft controllers, an odd number").isGreaterThanOrEqualTo(3).isOdd();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void noConsumingServiceCanScaleBeyondThePartitionsOfWhatItConsumes(String variant) {
        Manifests manifests = Variants.load(variant);
        Map<String, Integer> partitions = new HashMap<>();
        manifests.ofKind("KafkaTopic").forEach(t -> partitions.put(topicName(t),
                (Integer) Manifests.at(t.raw(), "spec", "partitions")));

        for (HorizontalPodAutoscaler autoscaler : manifests.models(HorizontalPodAutoscaler.class)) {
            String service = autoscaler.getSpec().getScaleTargetRef().getName();
            for (String topic : consumedTopics(service)) {
                assertThat(autoscaler.getSpec().getMaxReplicas())
                        .as("%s may scale to no more replicas than %s has partitions", service, topic)
                        .isLessThanOrEqualTo(partitions.get(topic));
            }
        }
    }

    @Test
    void readsTheTopicsTheServicesActuallyConfigure() {
        // guards the parsing above: if it found nothing, the coverage test would pass vacuously
        assertThat(configuredTopics()).contains("accreditation.accreditations.registry-dlq",
                "reprisals.protection-flags.events-dlq", "registry.organizations");
        assertThat(asyncApiAddresses()).hasSizeGreaterThanOrEqualTo(10).contains("reprisals.cases");
    }

    static Set<String> topicNames(Manifests manifests) {
        return manifests.ofKind("KafkaTopic").stream().map(KafkaTopicsTest::topicName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String topicName(Manifests.Resource topic) {
        Object name = Manifests.at(topic.raw(), "spec", "topicName");
        return name != null ? name.toString() : topic.name();
    }

    /** The {@code address} of every channel in docs/asyncapi.yaml. */
    static Set<String> asyncApiAddresses() {
        Map<String, Object> asyncApi = Manifests.yamlFile(Manifests.ROOT.resolve("docs/asyncapi.yaml"));
        Object channels = Manifests.at(asyncApi, "channels");
        Set<String> addresses = new TreeSet<>();
        if (channels instanceof Map<?, ?> map) {
            map.values().forEach(channel -> {
                Object address = Manifests.at(channel, "address");
                if (address != null) {
                    addresses.add(address.toString());
                }
            });
        }
        return addresses;
    }

    /** Every topic, topics list and dead-letter topic in the services' application.properties. */
    static Set<String> configuredTopics() {
        return Stack.modules().stream().flatMap(module -> configuredTopics(module).stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every topic, topics list and dead-letter topic in one service's application.properties. */
    static Set<String> configuredTopics(String module) {
        Set<String> topics = new TreeSet<>();
        Properties properties = applicationProperties(module);
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%")) {
                continue;
            }
            String value = properties.getProperty(key).trim();
            if (key.endsWith(".dead-letter-queue.topic") || key.endsWith(".topic") && key.startsWith("mp.")
                    || key.equals("civicspace.gateway.feed.topics")) {
                Arrays.stream(value.split(",")).map(String::trim).filter(t -> !t.isEmpty()).forEach(topics::add);
            }
        }
        return topics;
    }

    /** The dead-letter topics in one service's application.properties: where it writes what it cannot apply. */
    static Set<String> deadLetterTopics(String module) {
        Properties properties = applicationProperties(module);
        return properties.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                .filter(k -> k.endsWith(".dead-letter-queue.topic")).map(k -> properties.getProperty(k).trim())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The topics a service's consumer group reads (incoming channels with a fixed group). */
    static Set<String> consumedTopics(String module) {
        Properties properties = applicationProperties(module);
        return properties.stringPropertyNames().stream()
                .filter(k -> k.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic"))
                .filter(k -> !properties.getProperty(k.replaceAll("\\.topic$", ".group.id"), "").contains("${"))
                .map(properties::getProperty).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The consumer groups of a service's incoming channels, as written ({@code gateway-feed-${quarkus.uuid}}). */
    static Set<String> consumerGroups(String module) {
        Properties properties = applicationProperties(module);
        return properties.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                .filter(k -> k.matches("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id"))
                .map(k -> properties.getProperty(k).trim()).collect(Collectors.toCollection(TreeSet::new));
    }

    static Properties applicationProperties(String module) {
        Path file = Manifests.ROOT.resolve(module).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }
}
