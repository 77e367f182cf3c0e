package org.civicspace.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the service at a real Kafka broker (KRaft) started for this test JVM, authenticated as the Kafka principal
 * named by the init argument {@code user} (the service's own, such as {@code registry-service}), with exactly the
 * rights the broker gives that principal everywhere else.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private String user;

    @Override
    public void init(Map<String, String> initArgs) {
        user = initArgs.get("user");
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("KafkaTestResource needs the init argument user: the service's "
                    + "Kafka principal, for example @ResourceArg(name = \"user\", value = \"registry-service\")");
        }
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> settings = RealServers.kafkaClientSettings(user);
        return Map.of("kafka.bootstrap.servers", settings.get("bootstrap.servers"),
                "civicspace.kafka.username", user,
                "civicspace.kafka.password", RealServers.kafkaPassword(user));
    }

    @Override
    public void stop() {
        // the broker lives as long as the test JVM
    }
}
