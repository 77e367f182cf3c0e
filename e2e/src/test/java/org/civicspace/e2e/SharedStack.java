package org.civicspace.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.civicspace.launcher.LocalStack;
import org.civicspace.servers.Ports;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * One local stack for every end-to-end test class of the JVM: started by the first class that asks for it (a
 * {@link LocalStack} parameter of a test or {@code @BeforeAll} method), on fresh free ports with its data under
 * {@code target/stack-data}, and stopped when the whole test run ends (the root store closes it), so a second class
 * does not pay the minute or two a start takes.
 */
public final class SharedStack implements ParameterResolver {

    /** The repository root, where the launcher finds {@code deploy/stack.properties} and the built services. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /**
     * A request to the stack's gateway API as the demo user {@code user}, with a fresh token from its Keycloak; every
     * 201 it gets must name its new resource on the gateway ({@link LocationOnTheGateway}).
     */
    static RequestSpecification asUser(LocalStack stack, String user) {
        String token = given().baseUri(stack.keycloakRealmUrl()).contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "civicspace-cli")
                .formParam("username", user).formParam("password", user)
                .post("/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        return given().baseUri(stack.url("gateway") + "/api/v1").auth().oauth2(token).contentType(ContentType.JSON)
                .filter(new LocationOnTheGateway(stack.url("gateway")));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return extension.getRoot().getStore(ExtensionContext.Namespace.create(SharedStack.class))
                .computeIfAbsent(Running.class, key -> new Running(start()), Running.class).stack();
    }

    private static LocalStack start() {
        Path data = Path.of("target", "stack-data").toAbsolutePath();
        deleteRecursively(data);
        Map<String, String> environment = new HashMap<>();
        environment.put("CIVICSPACE_DATA", data.toString());
        for (String server : List.of("POSTGRES", "KAFKA", "KAFKA_CONTROLLER", "KEYCLOAK", "REGISTRY", "ACCREDITATION",
                "EVENTS", "REPRISALS", "NOTIFICATIONS", "GATEWAY", "SMTP", "IMAP")) {
            environment.put("CIVICSPACE_" + server + "_PORT", Integer.toString(Ports.free()));
        }
        return LocalStack.start(ROOT, environment);
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The started stack as a value of the root store, which closes it when the test run ends. */
    private record Running(LocalStack stack) implements AutoCloseable {

        @Override
        public void close() {
            stack.close();
        }
    }
}
