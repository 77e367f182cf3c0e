package org.civicspace.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.civicspace.servers.HttpProbe;
import org.civicspace.servers.KafkaAccess;
import org.civicspace.servers.KafkaBroker;
import org.civicspace.servers.KeycloakServer;
import org.civicspace.servers.Ports;
import org.civicspace.servers.PostgresServer;
import org.civicspace.servers.ServerProcess;

/**
 * The local stack: starts PostgreSQL, Kafka, Keycloak and every built service on 127.0.0.1, keeps their data in
 * {@code .data/}, and stops all of them, in reverse order, when it is interrupted (Ctrl-C) or terminated
 * ({@code ./civicspace stop}).
 */
public final class Launcher {

    private static final Duration SERVICE_START_TIMEOUT = Duration.ofMinutes(3);

    private final StackSettings settings;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;
    private final Map<String, ServerProcess> services = new LinkedHashMap<>();
    private Map<String, String> kafkaPasswords;

    Launcher(StackSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Launcher launcher = new Launcher(StackSettings.load(root, System.getenv()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launcher.stopAll();
            stopped.countDown();
        }, "stop-stack"));
        try {
            launcher.startAll();
        } catch (RuntimeException e) {
            System.err.println("Civic Space could not start: " + e.getMessage());
            System.exit(1);
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void startAll() {
        long started = System.nanoTime();
        Path data = settings.data();
        createDirectories(data);
        writePid(data);

        say("Starting PostgreSQL on 127.0.0.1:" + settings.postgresPort());
        postgres = PostgresServer.startDurable(data.resolve("postgres"), settings.postgresPort());
        running.push(() -> postgres.close());

        say("Starting Kafka on 127.0.0.1:" + settings.kafkaPort());
        kafkaPasswords = kafkaPasswords(data);
        kafka = KafkaBroker.start(data.resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort(), "512m",
                kafkaPasswords.get(KafkaAccess.ADMIN));
        running.push(kafka);
        kafka.grantOnly(KafkaAccess.civicSpace(), kafkaPasswords);

        say("Starting Keycloak on 127.0.0.1:" + settings.keycloakPort());
        keycloak = KeycloakServer.start(data.resolve("keycloak"), settings.keycloakPort(),
                settings.root().resolve("deploy/keycloak/civicspace-realm.json"), true);
        running.push(keycloak);

        for (StackSettings.ServiceSettings service : settings.services()) {
            if (!service.isBuilt()) {
                continue;
            }
            say("Starting " + service.name() + " on 127.0.0.1:" + service.port());
            service.database().ifPresent(database -> service.databaseOwner().ifPresentOrElse(
                    owner -> postgres.createDatabaseWithOwner(database, owner, database),
                    () -> postgres.createDatabase(database, database)));
            // demo data is loaded on a service's first start, even when the service arrives after the others
            Path demoMarker = createDirectories(data.resolve("demo-data-loaded")).resolve(service.name());
            services.put(service.name(), startService(service, !Files.exists(demoMarker)));
            String name = service.name();
            running.push(() -> services.get(name).close());
            markDemoDataLoaded(demoMarker);
        }
        printWelcome(keycloak, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Kills a service with SIGKILL, as a crash would (for fault-injection tests). */
    void crashService(String name) {
        serviceProcess(name).crash();
    }

    /** Starts a service again after a crash, with the settings it started with; demo data is not loaded again. */
    void restartService(String name) {
        StackSettings.ServiceSettings service = settings.services().stream().filter(s -> s.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no service " + name + " in the stack"));
        serviceProcess(name).close();
        services.put(name, startService(service, false));
    }

    /** Kills the Kafka broker with SIGKILL and starts it again on the same port and log. */
    void crashAndRestartKafka() {
        kafka.crash();
        kafka.restart();
    }

    /** Stops PostgreSQL at once, without a checkpoint, and starts it again: it recovers from its write-ahead log. */
    void crashAndRestartPostgres() {
        postgres.crash();
        postgres = PostgresServer.startDurable(settings.data().resolve("postgres"), settings.postgresPort());
    }

    private ServerProcess serviceProcess(String name) {
        ServerProcess process = services.get(name);
        if (process == null) {
            throw new IllegalArgumentException("no running service " + name);
        }
        return process;
    }

    private ServerProcess startService(StackSettings.ServiceSettings service, boolean firstStart) {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_HTTP_HOST", Ports.LOOPBACK);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        // the service's own Kafka principal (its module's name), whose ACLs are KafkaAccess's
        String principal = service.module().getFileName().toString();
        if (kafkaPasswords.containsKey(principal)) {
            environment.put("CIVICSPACE_KAFKA_USERNAME", principal);
            environment.put("CIVICSPACE_KAFKA_PASSWORD", kafkaPasswords.get(principal));
        }
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        // the local demo secret of the service's own Keycloak client (deploy/keycloak/civicspace-realm.json), for
        // calls it makes to other services with client credentials
        environment.put("CIVICSPACE_CLIENT_SECRET", service.module().getFileName() + "-local-secret");
        environment.put("CIVICSPACE_DEMO_DATA", Boolean.toString(firstStart));
        for (StackSettings.ServiceSettings other : settings.services()) {
            environment.put("CIVICSPACE_SERVICES_" + other.name().toUpperCase() + "_URL",
                    "http://" + Ports.LOOPBACK + ":" + other.port());
        }
        environment.putAll(service.environment());
        environment.putAll(LocalSecrets.of(settings.data().resolve("secrets"), service.name(),
                service.generatedSecrets()));
        service.database().ifPresent(database -> {
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
            environment.put("QUARKUS_DATASOURCE_USERNAME", database);
            environment.put("QUARKUS_DATASOURCE_PASSWORD", database);
            service.databaseOwner().ifPresent(owner -> {
                environment.put("QUARKUS_FLYWAY_JDBC_URL", postgres.jdbcUrl(database));
                environment.put("QUARKUS_FLYWAY_USERNAME", owner);
                environment.put("QUARKUS_FLYWAY_PASSWORD", database);
            });
        });
        Path logs = createDirectories(settings.data().resolve("logs"));
        ServerProcess process = ServerProcess.start(service.name(),
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m", "-jar", service.runnableJar().toString()),
                environment, service.module(), logs.resolve(service.name() + ".log"));
        process.awaitReady(() -> isReady(service.port()), SERVICE_START_TIMEOUT);
        return process;
    }

    /** Client settings of the Kafka principal {@code name} (a service, or the admin for tests' observers). */
    Map<String, String> kafkaClientSettings(String name) {
        Map<String, String> settings = new HashMap<>(KafkaAccess.clientSettings(name, kafkaPasswords.get(name)));
        settings.put("bootstrap.servers", kafka.bootstrapServers());
        return settings;
    }

    /** The Kafka admin's and every service principal's password: random, made once, kept with the stack's data. */
    private static Map<String, String> kafkaPasswords(Path data) {
        List<String> names = new java.util.ArrayList<>(List.of(KafkaAccess.ADMIN));
        KafkaAccess.civicSpace().forEach(principal -> names.add(principal.name()));
        return LocalSecrets.of(data.resolve("secrets"), "kafka", names, java.util.Base64.getUrlEncoder().withoutPadding());
    }

    void stopAll() {
        if (!running.isEmpty()) {
            say("Stopping Civic Space");
        }
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e.getMessage());
            }
        }
        try {
            Files.deleteIfExists(settings.data().resolve("launcher.pid"));
        } catch (IOException e) {
            System.err.println("cannot remove launcher.pid: " + e.getMessage());
        }
        say("Civic Space stopped");
    }

    private static boolean isReady(int port) {
        return HttpProbe.answersOk("http://" + Ports.LOOPBACK + ":" + port + "/q/health/ready");
    }

    private void printWelcome(KeycloakServer keycloak, Duration took) {
        StringBuilder text = new StringBuilder("\n");
        text.append("  Keycloak        ").append(keycloak.url()).append("  (admin console: admin / admin)\n");
        text.append("  OpenID issuer   ").append(keycloak.realmUrl()).append('\n');
        text.append("  PostgreSQL      127.0.0.1:").append(settings.postgresPort()).append('\n');
        text.append("  Kafka           127.0.0.1:").append(settings.kafkaPort())
                .append("  (SASL SCRAM-SHA-512: users and passwords in ")
                .append(settings.data().resolve("secrets").resolve("kafka.properties")).append(")\n");
        for (StackSettings.ServiceSettings service : settings.services()) {
            text.append(String.format("  %-15s ", service.name()));
            text.append(service.isBuilt() ? "http://127.0.0.1:" + service.port() : "(not built yet)").append('\n');
        }
        text.append("""

                  Demo logins (password = user name, local only): cso-rep, cso-rep-2, dgc-officer,
                  committee-member, case-officer, case-officer-2, dashboard, admin
                  A token for scripts:
                    curl -s -d grant_type=password -d client_id=civicspace-cli -d username=cso-rep \\
                         -d password=cso-rep %s/protocol/openid-connect/token

                """.formatted(keycloak.realmUrl()));
        text.append("  Data in ").append(settings.data()).append(", logs in ").append(settings.data().resolve("logs"))
                .append("\n  Started in ").append(took.toMillis() / 1000.0).append(" s; Ctrl-C or ./civicspace stop "
                        + "stops everything.\n");
        System.out.println(text);
        say("Civic Space is ready");
    }

    private static void markDemoDataLoaded(Path marker) {
        try {
            Files.writeString(marker, "demo data loaded on first start\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePid(Path data) {
        try {
            Files.writeString(data.resolve("launcher.pid"), ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
