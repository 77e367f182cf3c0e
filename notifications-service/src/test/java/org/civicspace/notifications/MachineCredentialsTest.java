package org.civicspace.notifications;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.civicspace.testing.MachineRefusals;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Least privilege for machines: the one machine purpose in this service is a partner system's webhooks (its
 * subscriptions and delivery log, docs/partners.md); the in-app inbox is for people. Every other machine credential
 * of the realm (the services' own, this service's directory client, the gateway's) is refused by the role check on
 * every operation, and the partner on every other one. Clients come from the realm file and operations from this
 * service's OpenAPI document, so a new client or a new operation is covered without editing this test.
 */
@QuarkusTest
class MachineCredentialsTest {

    @TestFactory
    Stream<DynamicTest> everyMachineCredentialIsRefusedOnEveryOperationThatRequiresARoleButItsPurpose() {
        String webhooks = "/api/v1/notifications/webhooks";
        return MachineRefusals.onEveryOperationThatRequiresARole(Map.of("partner-demo-agency", Set.of(
                "POST " + webhooks, "GET " + webhooks, "GET " + webhooks + "/{id}", "PUT " + webhooks + "/{id}",
                "DELETE " + webhooks + "/{id}", "POST " + webhooks + "/{id}/secret",
                "GET " + webhooks + "/{id}/deliveries", "GET " + webhooks + "/{id}/deliveries/{deliveryId}",
                "POST " + webhooks + "/{id}/deliveries/{deliveryId}/replay")));
    }
}
