package org.civicspace.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.IntFunction;

import org.civicspace.servers.KafkaBroker;
import org.civicspace.servers.KeycloakServer;
import org.civicspace.servers.Ports;
import org.civicspace.servers.PostgresServer;

/**
 * The real servers of one test JVM: each starts on first use, on free ports of 127.0.0.1, under the module's
 * {@code target/real-servers}, and stops when the JVM exits.
 */
public final class RealServers {

    private static final int START_ATTEMPTS = 3;

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static KeycloakServer keycloak;

    private RealServers() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = withRetries("PostgreSQL", attempt -> PostgresServer.startEphemeral(directory("postgres-" + attempt)));
            stopOnExit(postgres);
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = withRetries("Kafka", attempt -> KafkaBroker.start(
                    directory("kafka-" + ProcessHandle.current().pid() + "-" + attempt), Ports.free(), "384m"));
            stopOnExit(kafka);
        }
        return kafka;
    }

    public static synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            Path home = directory("keycloak");
            keycloak = withRetries("Keycloak", attempt -> KeycloakServer.start(home, Ports.free(), realmFile(home), false));
            stopOnExit(keycloak);
        }
        return keycloak;
    }

    /**
     * Starts a server, and again on fresh ports when a start fails: a free port can be taken by another process
     * between the moment we pick it and the moment the server binds it, most often when several builds share
     * the machine.
     */
    private static <T> T withRetries(String name, IntFunction<T> start) {
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return start.apply(attempt);
            } catch (RuntimeException e) {
                System.err.printf("%s did not start (attempt %d of %d): %s%n", name, attempt, START_ATTEMPTS, e);
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        throw failure;
    }

    private static Path realmFile(Path directory) {
        Path realm = directory.resolve("civicspace-realm.json");
        try (InputStream in = RealServers.class.getResourceAsStream("civicspace-realm.json")) {
            if (in == null) {
                throw new IllegalStateException("civicspace-realm.json is not on the test classpath");
            }
            Files.copy(in, realm, StandardCopyOption.REPLACE_EXISTING);
            return realm;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory(String name) {
        try {
            return Files.createDirectories(Path.of("target", "real-servers", name).toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stopOnExit(AutoCloseable server) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("could not stop " + server + ": " + e);
            }
        }, "stop-real-server"));
    }
}
