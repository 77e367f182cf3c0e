package org.civicspace.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.civicspace.testing.KafkaTestResource;
import org.civicspace.testing.KeycloakTestResource;
import org.civicspace.testing.MachineCredentials;
import org.civicspace.testing.MachineCredentials.MachineCredential;
import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Least privilege for machines at the gateway: the gateway never calls a service with a credential of its own (it
 * forwards its caller's, or none), and no machine credential of the realm, the gateway's included, passes the
 * gateway's role check of an area open only to some roles, except a partner's dashboard reading the published
 * reprisal statistics. What each service then refuses is each service's own {@code MachineCredentialsTest}.
 */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "user", value = "gateway"))
@QuarkusTestResource(StandInServicesResource.class)
class MachineCredentialsTest {

    static final String PROBLEM = "application/problem+json";
    /** The one machine purpose at the gateway: a partner's dashboard (docs/partners.md). */
    static final Map<String, Set<String>> PURPOSES = Map.of(
            "partner-demo-agency", Set.of("GET /api/v1/reprisals/statistics"));

    @Inject
    GatewayConfig config;

    @Test
    void forwardsItsCallersCredentialAndNeverOneOfItsOwn() {
        Map<String, String> anonymous = given().get("/api/v1/registry/organizations").then().statusCode(200)
                .extract().jsonPath().getMap("headers", String.class, String.class);
        assertThat(anonymous).as("headers of an anonymous call, forwarded").isNotEmpty()
                .doesNotContainKey("authorization");

        String token = Tokens.user("cso-rep");
        String forwarded = given().auth().oauth2(token).get("/api/v1/registry/organizations").then().statusCode(200)
                .extract().path("headers.authorization");

        assertThat(forwarded).isEqualTo(Tokens.bearer(token));
    }

    @Test
    void noMachineCredentialPassesTheRoleCheckOfAnAreaOpenToSomeRolesButForItsPurpose() {
        List<String> areas = config.routes().entrySet().stream()
                .filter(route -> route.getValue().roles().isPresent()).map(Map.Entry::getKey).toList();
        assertThat(areas).as("areas open only to some roles").isNotEmpty();

        for (MachineCredential credential : MachineCredentials.all()) {
            Set<String> purpose = PURPOSES.getOrDefault(credential.clientId(), Set.of());
            for (String area : areas) {
                for (String path : pathsOf(area)) {
                    for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
                        String request = method + " " + path;
                        RequestSpecification call = given().auth().oauth2(credential.token());
                        if (method.startsWith("P")) {
                            call.contentType("application/json").body("{}");
                        }
                        ExtractableResponse<Response> answer = call.request(method, path).then().extract();
                        if (purpose.contains(request)) {
                            assertThat(answer.statusCode()).as("%s by %s (its purpose)", request, credential)
                                    .isEqualTo(200);
                            assertThat(answer.jsonPath().getString("headers.authorization"))
                                    .isEqualTo(Tokens.bearer(credential.token()));
                        } else {
                            isRefusedByTheGateway(answer, request, credential, path);
                        }
                    }
                }
            }
        }
    }

    /**
     * Paths of an area: the gateway checks roles per area, so its root, a collection and an item of it stand for every
     * path; then each path the area opens to one more role, where only that role may pass.
     */
    private List<String> pathsOf(String area) {
        String base = "/api/v1/" + area;
        Stream<String> rolePaths = config.routes().get(area).rolePaths().orElse(List.of()).stream()
                .map(grant -> grant.split(" ")[2].replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
        return Stream.concat(Stream.of(base, base + "/cases", base + "/cases/" + UUID.randomUUID()), rolePaths)
                .distinct().toList();
    }

    private static void isRefusedByTheGateway(ExtractableResponse<Response> answer, String request,
            MachineCredential credential, String path) {
        assertThat(answer.statusCode()).as("%s by %s: %s", request, credential, answer.asString()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        JsonPath problem = answer.jsonPath();
        assertThat(problem.getString("type")).isEqualTo("https://civicspace.org/problems/forbidden");
        assertThat(problem.getInt("status")).isEqualTo(403);
        assertThat(problem.getString("detail")).isEqualTo("Your role does not allow this part of the API.");
        assertThat(problem.getString("instance")).isEqualTo(path);
        assertThat(answer.jsonPath().getMap("headers")).as("never forwarded").isNull();
    }
}
