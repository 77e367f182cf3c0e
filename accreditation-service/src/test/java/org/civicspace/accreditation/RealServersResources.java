package org.civicspace.accreditation;

import org.civicspace.testing.KafkaTestResource;
import org.civicspace.testing.KeycloakTestResource;
import org.civicspace.testing.PostgresTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every Quarkus test of the service runs against the real PostgreSQL, Kafka and Keycloak of the test JVM. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "accreditation"))
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "user", value = "accreditation-service"))
@QuarkusTestResource(KeycloakTestResource.class)
final class RealServersResources {

    private RealServersResources() {
    }
}
