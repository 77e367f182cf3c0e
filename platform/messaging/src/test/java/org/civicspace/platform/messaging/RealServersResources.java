package org.civicspace.platform.messaging;

import org.civicspace.testing.KafkaTestResource;
import org.civicspace.testing.PostgresTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs against the real PostgreSQL and Kafka of the test JVM. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "user", value = "platform-test"))
final class RealServersResources {

    private RealServersResources() {
    }
}
