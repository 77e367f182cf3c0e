package org.civicspace.launcher;

import java.nio.file.Path;
import java.util.Map;

import org.civicspace.servers.KeycloakServer;
import org.civicspace.servers.Ports;

/**
 * The local stack as a Java object, for tests that need the whole system exactly as a user starts it: the same
 * launcher, settings ({@code deploy/stack.properties}) and servers as {@code ./civicspace start}. Ports and the data
 * directory come from the given environment ({@code CIVICSPACE_<NAME>_PORT}, {@code CIVICSPACE_DATA}); closing it
 * stops everything it started, in reverse order.
 */
public final class LocalStack implements AutoCloseable {

    private final Launcher launcher;
    private final StackSettings settings;

    private LocalStack(Launcher launcher, StackSettings settings) {
        this.launcher = launcher;
        this.settings = settings;
    }

    /** Starts PostgreSQL, Kafka, Keycloak and every built service of {@code root}; stops them again on failure. */
    public static LocalStack start(Path root, Map<String, String> environment) {
        StackSettings settings = StackSettings.load(root, environment);
        Launcher launcher = new Launcher(settings);
        try {
            launcher.startAll();
        } catch (RuntimeException e) {
            launcher.stopAll();
            throw e;
        }
        return new LocalStack(launcher, settings);
    }

    /** The base address of a service of the stack, by its name in stack.properties ({@code gateway}). */
    public String url(String service) {
        return settings.services().stream().filter(s -> s.name().equals(service)).findFirst()
                .map(s -> "http://" + Ports.LOOPBACK + ":" + s.port())
                .orElseThrow(() -> new IllegalArgumentException("no service " + service + " in the stack"));
    }

    public String keycloakRealmUrl() {
        return "http://" + Ports.LOOPBACK + ":" + settings.keycloakPort() + "/realms/" + KeycloakServer.REALM;
    }

    public String kafkaBootstrapServers() {
        return Ports.LOOPBACK + ":" + settings.kafkaPort();
    }

    /**
     * Client settings (bootstrap servers, SCRAM login) of the Kafka principal {@code name}: a service's, to act as
     * it would, or {@code admin} for a test's observer; the broker admits nobody without them.
     */
    public Map<String, String> kafkaClientSettings(String name) {
        return launcher.kafkaClientSettings(name);
    }

    /** Where the stack's mail server answers IMAP: any recipient's mailbox, user name the address. */
    public int imapPort() {
        return settings.imapPort();
    }

    public Path data() {
        return settings.data();
    }

    public int postgresPort() {
        return settings.postgresPort();
    }

    /** Kills a service ({@code registry}...) with SIGKILL, as a crash would. */
    public void crash(String service) {
        launcher.crashService(service);
    }

    /** Starts a crashed service again and waits until it is ready. */
    public void restart(String service) {
        launcher.restartService(service);
    }

    /** Kills the Kafka broker with SIGKILL, then starts it again on the same port, with its data. */
    public void crashAndRestartKafka() {
        launcher.crashAndRestartKafka();
    }

    /** Stops PostgreSQL at once (immediate shutdown, no checkpoint), then starts it again on its data. */
    public void crashAndRestartPostgres() {
        launcher.crashAndRestartPostgres();
    }

    @Override
    public void close() {
        launcher.stopAll();
    }
}
