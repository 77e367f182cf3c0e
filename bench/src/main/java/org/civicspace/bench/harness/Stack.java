package org.civicspace.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.civicspace.servers.HttpProbe;
import org.civicspace.servers.KafkaAccess;
import org.civicspace.servers.KafkaBroker;
import org.civicspace.servers.KeycloakServer;
import org.civicspace.servers.Ports;
import org.civicspace.servers.PostgresServer;
import org.civicspace.servers.ServerProcess;

/**
 * The servers registry-service needs, on free 127.0.0.1 ports: an ephemeral PostgreSQL, Kafka and Keycloak (started
 * side by side to save time), then the service jar itself as a child process; more service jars (the gateway) can
 * be started after it with {@link #startService}. {@link #close()} stops them all, in reverse order, each by its
 * own handle; the services, Kafka and Keycloak also die with this JVM (ServerProcess watchdogs).
 */
public final class Stack implements AutoCloseable {

    public static final String DATABASE = "registry";

    /** A service jar running as a child process on {@code port}. */
    public record Service(String name, int port, ServerProcess process) {

        public String url() {
            return "http://" + Ports.LOOPBACK + ":" + port;
        }
    }

    // pushed by the driver's thread, popped by close(), which may run in the shutdown hook at the same time
    private final Deque<AutoCloseable> running = new ConcurrentLinkedDeque<>();
    private final Path work;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    /** A random password for the broker's admin and each service principal, for this run only. */
    private final Map<String, String> kafkaPasswords = randomKafkaPasswords();
    private KeycloakServer keycloak;
    private Service registry;

    private Stack(Path work) {
        this.work = work;
    }

    /** Starts everything; {@code work} holds data and logs, {@code cache} the unpacked Keycloak across runs. */
    public static Stack start(Path work, Path cache, Path serviceJar, Path realm, String serviceHeap) {
        return start(work, cache, serviceJar, realm, serviceHeap, false);
    }

    /**
     * As {@link #start(Path, Path, Path, Path, String)}, but PostgreSQL commits durably ({@code fsync},
     * {@code synchronous_commit} and {@code full_page_writes} on, as in production) and keeps its data in
     * {@code <work>/postgres}; the registry's database left there by an earlier run is dropped first, so that the
     * service starts on an empty schema.
     */
    public static Stack startDurable(Path work, Path cache, Path serviceJar, Path realm, String serviceHeap) {
        return start(work, cache, serviceJar, realm, serviceHeap, true);
    }

    private static Stack start(Path work, Path cache, Path serviceJar, Path realm, String serviceHeap,
            boolean durable) {
        Stack stack = new Stack(work);
        try {
            stack.startAll(cache, serviceJar, realm, serviceHeap, durable);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(Path cache, Path serviceJar, Path realm, String serviceHeap, boolean durable) {
        Path postgresData = work.resolve("postgres");
        long started = System.nanoTime();
        CompletableFuture<PostgresServer> postgresStart = CompletableFuture.supplyAsync(() -> {
            PostgresServer server = durable ? durablePostgres(postgresData)
                    : PostgresServer.startEphemeral(postgresData);
            server.createDatabase(DATABASE, DATABASE);
            return server;
        });
        CompletableFuture<KafkaBroker> kafkaStart = CompletableFuture.supplyAsync(
                () -> {
                    KafkaBroker broker = KafkaBroker.start(directory(work.resolve("kafka")), Ports.free(), "256m",
                            kafkaPasswords.get(KafkaAccess.ADMIN));
                    broker.grantOnly(KafkaAccess.civicSpace(), kafkaPasswords);
                    return broker;
                });
        CompletableFuture<KeycloakServer> keycloakStart = CompletableFuture.supplyAsync(
                () -> KeycloakServer.start(directory(cache.resolve("keycloak")), Ports.free(), realm, false));
        // wait for all three before failing, so that close() can stop whichever did start
        CompletableFuture.allOf(postgresStart, kafkaStart, keycloakStart).exceptionally(e -> null).join();
        postgres = started(postgresStart);
        kafka = started(kafkaStart);
        keycloak = started(keycloakStart);
        join(postgresStart, "PostgreSQL");
        join(kafkaStart, "Kafka");
        join(keycloakStart, "Keycloak");
        Log.say("PostgreSQL on port %d, Kafka on %s, Keycloak on %s (%.0f s)", postgres.port(),
                kafka.bootstrapServers(), keycloak.url(), (System.nanoTime() - started) / 1e9);

        Map<String, String> environment = new HashMap<>();
        environment.putAll(kafkaEnvironment("registry-service"));
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(DATABASE));
        environment.put("QUARKUS_DATASOURCE_USERNAME", DATABASE);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", DATABASE);
        environment.put("CIVICSPACE_DEMO_DATA", "false");
        registry = startService("registry-service", serviceJar, serviceHeap, environment);
    }

    /**
     * Starts a further Quarkus service jar as a child process, with {@code -Xmx<heap>}, on a free 127.0.0.1 port
     * (QUARKUS_HTTP_HOST and QUARKUS_HTTP_PORT are set; {@code environment} adds the rest), its output in
     * {@code <work>/<name>.log}, and waits for its {@code /q/health/ready}. {@link #close()} stops it, before
     * everything started earlier.
     */
    public Service startService(String name, Path jar, String heap, Map<String, String> environment) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " missing: build " + name + " first");
        }
        int port = Ports.free();
        Map<String, String> all = new HashMap<>(environment);
        if (Arrays.asList(Settings.env("BENCH_PROFILE", "").split(",")).contains(name)) {
            // a flight recording over the service's whole life, for `jfr print --events jdk.ExecutionSample`
            Path recording = work.resolve(name + "-" + System.currentTimeMillis() + ".jfr");
            all.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=settings=profile,filename=" + recording
                    + ",dumponexit=true");
            Log.say("recording %s to %s", name, recording);
        }
        all.put("QUARKUS_HTTP_HOST", Ports.LOOPBACK);
        all.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        List<String> command = new ArrayList<>();
        pinned(name).ifPresent(cpus -> {
            // taskset executes java in its own process, so the pid stopped at the end is java's
            command.addAll(List.of("taskset", "-c", cpus));
            Log.say("%s pinned to CPUs %s", name, cpus);
        });
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-jar", jar.toString()));
        long started = System.nanoTime();
        ServerProcess process = ServerProcess.start(name, command, all, work, work.resolve(name + ".log"));
        running.push(process);
        Service service = new Service(name, port, process);
        process.awaitReady(() -> HttpProbe.answersOk(service.url() + "/q/health/ready"), Duration.ofMinutes(3));
        Log.say("%s ready on port %d, pid %d (%.0f s; log %s)", name, port, process.pid(),
                (System.nanoTime() - started) / 1e9, process.log());
        return service;
    }

    /**
     * Starts a class of this module as a child JVM (this JVM's classpath, {@code -Xmx<heap>}) on a free 127.0.0.1
     * port, given to it as its first argument before {@code args}, its output in {@code <work>/<name>.log}, and waits
     * until {@code readyPath} answers 200. {@link #close()} stops it, before everything started earlier.
     */
    public Service startJvm(String name, Class<?> main, String heap, String readyPath, String... args) {
        int port = Ports.free();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), main.getName(),
                Integer.toString(port)));
        command.addAll(Arrays.asList(args));
        long started = System.nanoTime();
        ServerProcess process = ServerProcess.start(name, command, Map.of(), work, work.resolve(name + ".log"));
        running.push(process);
        Service server = new Service(name, port, process);
        process.awaitReady(() -> HttpProbe.answersOk(server.url() + readyPath), Duration.ofMinutes(1));
        Log.say("%s ready on port %d, pid %d (%.1f s; log %s)", name, port, process.pid(),
                (System.nanoTime() - started) / 1e9, process.log());
        return server;
    }

    /**
     * The CPUs {@code BENCH_PIN=<service>:<cpus>} gives the service {@code name} (a {@code taskset -c} list, e.g.
     * {@code gateway:0}); bench/lib.sh runs the driver, and so every other server and wrk, on the other CPUs.
     */
    static Optional<String> pinned(String name) {
        String pin = Settings.env("BENCH_PIN", "");
        int colon = pin.indexOf(':');
        return colon > 0 && pin.substring(0, colon).equals(name) ? Optional.of(pin.substring(colon + 1))
                : Optional.empty();
    }

    /** A durable server on {@code data} (it stops a server an earlier owner left there), without the registry. */
    private static PostgresServer durablePostgres(Path data) {
        PostgresServer server = PostgresServer.startDurable(data, Ports.free());
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"),
                PostgresServer.SUPERUSER, PostgresServer.SUPERUSER);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            return server;
        } catch (SQLException e) {
            server.close();
            throw new IllegalStateException("cannot drop the earlier " + DATABASE + " database: " + e.getMessage(), e);
        }
    }

    private <T extends AutoCloseable> T started(CompletableFuture<T> start) {
        T server = start.isCompletedExceptionally() ? null : start.join();
        if (server != null) {
            running.push(server);
        }
        return server;
    }

    private static void join(CompletableFuture<?> start, String name) {
        try {
            start.join();
        } catch (CompletionException e) {
            throw new IllegalStateException(name + " did not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    public PostgresServer postgres() {
        return postgres;
    }

    /** The environment that points a service at the broker as its own Kafka principal {@code principal}. */
    public Map<String, String> kafkaEnvironment(String principal) {
        return Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(), "CIVICSPACE_KAFKA_USERNAME", principal,
                "CIVICSPACE_KAFKA_PASSWORD", kafkaPasswords.get(principal));
    }

    private static Map<String, String> randomKafkaPasswords() {
        Map<String, String> passwords = new HashMap<>();
        java.security.SecureRandom random = new java.security.SecureRandom();
        List<String> names = new java.util.ArrayList<>(List.of(KafkaAccess.ADMIN));
        KafkaAccess.civicSpace().forEach(principal -> names.add(principal.name()));
        for (String name : names) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            passwords.put(name, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        return passwords;
    }

    KafkaBroker kafka() {
        return kafka;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** The address of registry-service. */
    public String serviceUrl() {
        return registry.url();
    }

    /** The registry-service process. */
    public ServerProcess service() {
        return registry.process();
    }

    @Override
    public void close() {
        for (AutoCloseable server = running.pollFirst(); server != null; server = running.pollFirst()) {
            try {
                server.close();
            } catch (Exception e) {
                Log.say("while stopping: %s", e.getMessage());
            }
        }
    }

    private static Path directory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
