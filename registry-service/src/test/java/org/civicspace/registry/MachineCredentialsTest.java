package org.civicspace.registry;

import java.util.Map;
import java.util.stream.Stream;

import org.civicspace.testing.MachineRefusals;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Least privilege for machines: no machine credential of the realm (the services' own, the gateway's, a partner's)
 * has a purpose in the registry service's API, so each is refused by the role check on every operation that
 * requires a role. Clients come from the realm file and operations from this service's OpenAPI document, so a new
 * client or a new operation is covered without editing this test.
 */
@QuarkusTest
class MachineCredentialsTest {

    @TestFactory
    Stream<DynamicTest> everyMachineCredentialIsRefusedOnEveryOperationThatRequiresARole() {
        return MachineRefusals.onEveryOperationThatRequiresARole(Map.of());
    }
}
