package org.civicspace.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.civicspace.testing.ApiOperations.ApiOperation;
import org.civicspace.testing.MachineCredentials.MachineCredential;
import org.junit.jupiter.api.DynamicTest;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Least privilege for machines, as one check every service runs on itself: each machine credential of the realm
 * ({@link MachineCredentials}) calls each operation of the service's OpenAPI document that requires a role
 * ({@link ApiOperations}), and is refused by the role check with a 403 problem, unless the test states that operation
 * as a purpose of that credential; there the role check lets it through (no 401 or 403), and nothing answers 5xx.
 *
 * <p>Operations the document marks as open to anyone (no security requirement: public reads, the secure intake, an
 * event's survey) are not called: a credential adds nothing to what anyone may do there, and calling them would spend
 * the per-address limits that other tests of the same service count on.
 */
public final class MachineRefusals {

    private static final String PROBLEM = "application/problem+json";
    private static final String FORBIDDEN = "https://civicspace.org/problems/forbidden";
    /** What the platform's problem mapper says when {@code @RolesAllowed} refuses (platform-web ProblemMappers). */
    private static final String ROLE_REFUSAL = "Your role does not allow this operation.";

    private MachineRefusals() {
    }

    /**
     * One test per machine credential and operation of the service under test that requires a role.
     *
     * @param purposes for each client id that has a purpose in this service, the operations ({@code METHOD /path})
     *        that purpose needs; every other client and operation must be refused
     */
    public static Stream<DynamicTest> onEveryOperationThatRequiresARole(Map<String, Set<String>> purposes) {
        List<ApiOperation> operations = ApiOperations.ofServiceUnderTest().stream()
                .filter(ApiOperation::requiresRole).toList();
        List<MachineCredential> credentials = MachineCredentials.all();
        Set<String> names = operations.stream().map(ApiOperation::name).collect(Collectors.toSet());

        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the service's OpenAPI document names the operations that require a role",
                () -> assertThat(operations).as("operations with a security requirement").isNotEmpty()));
        tests.add(DynamicTest.dynamicTest("every stated purpose is an operation of this service that requires a role",
                () -> {
                    assertThat(credentials).extracting(MachineCredential::clientId)
                            .as("clients of the realm").containsAll(purposes.keySet());
                    purposes.values().forEach(stated -> assertThat(names).containsAll(stated));
                }));
        for (MachineCredential credential : credentials) {
            tests.add(DynamicTest.dynamicTest(credential + "'s token has no realm role the realm file does not give",
                    () -> assertThat(rolesIn(credential.token())).isSubsetOf(credential.realmRoles())));
        }
        for (MachineCredential credential : credentials) {
            Set<String> purpose = purposes.getOrDefault(credential.clientId(), Set.of());
            for (ApiOperation operation : operations) {
                tests.add(purpose.contains(operation.name())
                        ? DynamicTest.dynamicTest(credential + " passes the role check of " + operation
                                + " (its purpose)", () -> passesTheRoleCheck(credential, operation))
                        : DynamicTest.dynamicTest(credential + " is refused " + operation,
                                () -> isRefusedByTheRoleCheck(credential, operation)));
            }
        }
        return tests.stream();
    }

    private static Set<String> rolesIn(String token) {
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        List<String> roles = JsonPath.from(claims).getList("realm_access.roles", String.class);
        return roles == null ? Set.of() : Set.copyOf(roles);
    }

    private static void isRefusedByTheRoleCheck(MachineCredential credential, ApiOperation operation) {
        String path = operation.examplePath();
        ExtractableResponse<Response> answer = operation.call(given().auth().oauth2(credential.token()), path);

        assertThat(answer.statusCode()).as("%s %s with the credential of %s: %s", operation.method(), path,
                credential, answer.asString()).isEqualTo(403);
        assertThat(answer.contentType()).as("content type").startsWith(PROBLEM);
        JsonPath problem = answer.jsonPath();
        assertThat(problem.getString("type")).isEqualTo(FORBIDDEN);
        assertThat(problem.getString("title")).isEqualTo("Forbidden");
        assertThat(problem.getInt("status")).isEqualTo(403);
        assertThat(problem.getString("detail")).as("refused by the role check, not later by an object's rules")
                .isEqualTo(ROLE_REFUSAL);
        assertThat(problem.getString("instance")).isEqualTo(path);
    }

    private static void passesTheRoleCheck(MachineCredential credential, ApiOperation operation) {
        String path = operation.examplePath();
        ExtractableResponse<Response> answer = operation.call(given().auth().oauth2(credential.token()), path);

        assertThat(answer.statusCode()).as("%s %s with the credential of %s: %s", operation.method(), path,
                credential, answer.asString()).isNotIn(401, 403).isLessThan(500);
    }
}
