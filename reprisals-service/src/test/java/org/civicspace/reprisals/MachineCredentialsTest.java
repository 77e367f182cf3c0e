package org.civicspace.reprisals;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.civicspace.testing.MachineRefusals;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Least privilege for machines: the one machine purpose in the reprisals service's API is a partner's dashboard
 * reading the published statistics (docs/partners.md); every machine credential of the realm is refused by the role
 * check on every other operation that requires a role. Clients come from the realm file and operations from this
 * service's OpenAPI document, so a new client or a new operation is covered without editing this test.
 */
@QuarkusTest
class MachineCredentialsTest {

    @TestFactory
    Stream<DynamicTest> everyMachineCredentialIsRefusedOnEveryOperationThatRequiresARoleButItsPurpose() {
        return MachineRefusals.onEveryOperationThatRequiresARole(
                Map.of("partner-demo-agency", Set.of("GET /api/v1/reprisals/statistics")));
    }
}
