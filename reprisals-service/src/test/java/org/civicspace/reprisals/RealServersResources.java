package org.civicspace.reprisals;

import org.civicspace.testing.KafkaTestResource;
import org.civicspace.testing.KeycloakTestResource;
import org.civicspace.testing.PostgresTestResource;

import io.quarkus.test.common.QuarkusTestResource;

/** Every Quarkus test of this module runs against the real PostgreSQL, Kafka and Keycloak of the test JVM. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @io.quarkus.test.common.ResourceArg(
        name = "database", value = "reprisals"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
final class RealServersResources {

    private RealServersResources() {
    }
}
