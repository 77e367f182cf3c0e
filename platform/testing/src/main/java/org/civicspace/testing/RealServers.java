package org.civicspace.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

import org.civicspace.servers.KafkaAccess;
import org.civicspace.servers.KafkaBroker;
import org.civicspace.servers.KeycloakServer;
import org.civicspace.servers.Ports;
import org.civicspace.servers.PostgresServer;

/**
 * The real servers of one test JVM: each starts on first use, on free ports of 127.0.0.1, under the module's
 * {@code target/real-servers}, and stops when the JVM exits.
 *
 * <p>A Quarkus test with another profile restarts the application in a new class loader, where this class starts
 * afresh. So that such a restart reuses the broker and Keycloak instead of starting second ones, their addresses
 * are also kept JVM-wide (system properties): {@link #kafkaBootstrapServers()} and {@link #keycloakUrl()} read
 * them first. The server objects ({@link #kafka()}, {@link #keycloak()}) are for tests that stop or inspect them.
 */
public final class RealServers {

    private static final int START_ATTEMPTS = 3;
    private static final String KAFKA_ADDRESS = "civicspace.real-servers.kafka";
    private static final String KEYCLOAK_ADDRESS = "civicspace.real-servers.keycloak";
    private static final String KAFKA_SECRET = "civicspace.real-servers.kafka.secret";
    /** The platform's own test application (platform/messaging's tests): its topics are {@code platform-test.*}. */
    private static final KafkaAccess.Principal PLATFORM_TEST = KafkaAccess.principal("platform-test", "platform-test",
            List.of("platform-test.widgets"), List.of(), Optional.of("platform-test-consumer"), Optional.empty());

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

    /** The broker's address; the one already started in this JVM, by any class loader, if there is one. */
    public static synchronized String kafkaBootstrapServers() {
        String known = System.getProperty(KAFKA_ADDRESS);
        return known != null ? known : kafka().bootstrapServers();
    }

    /**
     * Client settings (bootstrap servers and SCRAM login) of the Kafka principal {@code name}: a service of
     * {@link KafkaAccess#civicSpace()}, {@code platform-test}, or {@link KafkaAccess#ADMIN} for the harness's readers.
     */
    public static synchronized Map<String, String> kafkaClientSettings(String name) {
        Map<String, String> settings = new HashMap<>(KafkaAccess.clientSettings(name, kafkaPassword(name)));
        settings.put("bootstrap.servers", kafkaBootstrapServers());
        return settings;
    }

    /**
     * The environment that points a service started as a process at the broker as the Kafka principal {@code name}
     * (as the launcher does): {@code KAFKA_BOOTSTRAP_SERVERS} and its login.
     */
    public static synchronized Map<String, String> kafkaEnvironment(String name) {
        return Map.of("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers(), "CIVICSPACE_KAFKA_USERNAME", name,
                "CIVICSPACE_KAFKA_PASSWORD", kafkaPassword(name));
    }

    /** Keycloak's base address; the one already started in this JVM, by any class loader, if there is one. */
    public static synchronized String keycloakUrl() {
        String known = System.getProperty(KEYCLOAK_ADDRESS);
        return known != null ? known : keycloak().url();
    }

    /** The Civic Space realm's address ({@code .../realms/civicspace}), for OIDC and tokens. */
    public static String keycloakRealmUrl() {
        return keycloakUrl() + "/realms/" + KeycloakServer.REALM;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = withRetries("Kafka", attempt -> KafkaBroker.start(
                    directory("kafka-" + ProcessHandle.current().pid() + "-"
                    + Integer.toHexString(System.identityHashCode(RealServers.class)) + "-" + attempt), Ports.free(),
                    "384m", kafkaPassword(KafkaAccess.ADMIN)));
            stopOnExit(kafka);
            List<KafkaAccess.Principal> principals = new ArrayList<>(KafkaAccess.civicSpace());
            principals.add(PLATFORM_TEST);
            Map<String, String> passwords = new HashMap<>();
            principals.forEach(principal -> passwords.put(principal.name(), kafkaPassword(principal.name())));
            kafka.grantOnly(principals, passwords);
            System.setProperty(KAFKA_ADDRESS, kafka.bootstrapServers());
        }
        return kafka;
    }

    public static synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            Path home = directory("keycloak");
            keycloak = withRetries("Keycloak", attempt -> KeycloakServer.start(home, Ports.free(), realmFile(home), false));
            stopOnExit(keycloak);
            System.setProperty(KEYCLOAK_ADDRESS, keycloak.url());
        }
        return keycloak;
    }

    /**
     * The password of a Kafka principal in this test JVM: derived from a random secret kept JVM-wide, so that a
     * Quarkus restart in another class loader knows the passwords of the broker it reuses.
     */
    static synchronized String kafkaPassword(String name) {
        String secret = System.getProperty(KAFKA_SECRET);
        if (secret == null) {
            secret = UUID.randomUUID().toString();
            System.setProperty(KAFKA_SECRET, secret);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((secret + ':' + name).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
