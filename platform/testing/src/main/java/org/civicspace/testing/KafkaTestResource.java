package org.civicspace.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points the service at a real Kafka broker (KRaft) started for this test JVM. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", RealServers.kafkaBootstrapServers());
    }

    @Override
    public void stop() {
        // the broker lives as long as the test JVM
    }
}
