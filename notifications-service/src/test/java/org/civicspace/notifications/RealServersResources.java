package org.civicspace.notifications;

import org.civicspace.testing.GreenMailTestResource;
import org.civicspace.testing.KafkaTestResource;
import org.civicspace.testing.KeycloakTestResource;
import org.civicspace.testing.PostgresTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every Quarkus test of the notifications service runs against the real PostgreSQL, Kafka and Keycloak of the test
 * JVM, and a real SMTP server (GreenMail) whose mailbox the tests read.
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications"))
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "user", value = "notifications-service"))
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(GreenMailTestResource.class)
final class RealServersResources {

    private RealServersResources() {
    }
}
