package org.civicspace.reprisals;

import org.civicspace.testing.KafkaTestResource;
import org.civicspace.testing.KeycloakTestResource;
import org.civicspace.testing.PostgresTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every Quarkus test of this module runs against the real PostgreSQL, Kafka and Keycloak of the test JVM. The database
 * belongs to {@code reprisals_owner}, which runs the migrations; the service runs as {@code reprisals}.
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "reprisals"),
        @ResourceArg(name = "owner", value = "reprisals_owner") })
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "user", value = "reprisals-service"))
@QuarkusTestResource(KeycloakTestResource.class)
final class RealServersResources {

    private RealServersResources() {
    }
}
