package org.civicspace.notifications;

import java.util.Map;
import java.util.stream.Stream;

import org.civicspace.testing.MachineRefusals;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Least privilege for machines: notifications are for people, so every machine credential of the realm (the
 * services' own, this service's directory client, the gateway's, a partner's) is refused by the role check on every
 * operation. Clients come from the realm file and operations from this service's OpenAPI document.
 */
@QuarkusTest
class MachineCredentialsTest {

    @TestFactory
    Stream<DynamicTest> everyMachineCredentialIsRefusedOnEveryOperationThatRequiresARole() {
        return MachineRefusals.onEveryOperationThatRequiresARole(Map.of());
    }
}
