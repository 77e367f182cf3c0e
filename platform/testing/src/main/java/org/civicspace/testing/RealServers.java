package org.civicspace.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.civicspace.servers.KafkaBroker;
import org.civicspace.servers.KeycloakServer;
import org.civicspace.servers.Ports;
import org.civicspace.servers.PostgresServer;

/**
 * The real servers of one test JVM: each starts on first use, on free ports of 127.0.0.1, under the module's
 * {@code target/real-servers}, and stops when the JVM exits.
 */
public final class RealServers {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static KeycloakServer keycloak;

    private RealServers() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.startEphemeral(directory("postgres"));
            stopOnExit(postgres);
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.start(directory("kafka-" + ProcessHandle.current().pid()), Ports.free(), "384m");
            stopOnExit(kafka);
        }
        return kafka;
    }

    public static synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            Path home = directory("keycloak");
            keycloak = KeycloakServer.start(home, Ports.free(), realmFile(home), false);
            stopOnExit(keycloak);
        }
        return keycloak;
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
