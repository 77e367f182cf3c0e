package org.civicspace.accreditation.registry.messaging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicspace.servers.HttpProbe;
import org.civicspace.servers.Ports;
import org.civicspace.servers.ServerProcess;
import org.civicspace.testing.RealServers;

/**
 * The real registry-service, started from the jar its module packaged earlier in the same build, against the test
 * JVM's PostgreSQL (a database of its own), Kafka and Keycloak: the other end of the accreditation events.
 */
final class RegistryProcess implements AutoCloseable {

    static final Path JAR = Path.of("..", "registry-service", "target", "quarkus-app", "quarkus-run.jar")
            .toAbsolutePath().normalize();

    private final ServerProcess process;
    private final String url;

    private RegistryProcess(ServerProcess process, String url) {
        this.process = process;
        this.url = url;
    }

    static RegistryProcess start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build registry-service first (the reactor does, "
                    + "since accreditation-service depends on it for its tests)");
        }
        RealServers.postgres().createDatabase("registry_flow", "registry_flow");
        int port = Ports.free();
        Map<String, String> environment = new HashMap<>(RealServers.kafkaEnvironment("registry-service"));
        environment.putAll(Map.of(
                "QUARKUS_HTTP_HOST", Ports.LOOPBACK,
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_DATASOURCE_JDBC_URL", RealServers.postgres().jdbcUrl("registry_flow"),
                "QUARKUS_DATASOURCE_USERNAME", "registry_flow",
                "QUARKUS_DATASOURCE_PASSWORD", "registry_flow",
                "QUARKUS_OIDC_AUTH_SERVER_URL", RealServers.keycloakRealmUrl()));
        String url = "http://" + Ports.LOOPBACK + ":" + port;
        ServerProcess process = ServerProcess.start("registry-service",
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
                        JAR.toString()),
                environment, JAR.getParent(), Path.of("target", "registry-service.log").toAbsolutePath());
        process.awaitReady(() -> HttpProbe.answersOk(url + "/q/health/ready"), Duration.ofMinutes(2));
        return new RegistryProcess(process, url);
    }

    String url() {
        return url;
    }

    @Override
    public void close() {
        process.close();
    }
}
