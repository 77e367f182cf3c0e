package org.civicspace.platform.messaging;

import org.civicspace.testing.KafkaTestResource;
import org.civicspace.testing.PostgresTestResource;

import io.quarkus.test.common.QuarkusTestResource;

/** Every test of this module runs against the real PostgreSQL and Kafka of the test JVM. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
final class RealServersResources {

    private RealServersResources() {
    }
}
