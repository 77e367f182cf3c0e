package org.civicspace.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import org.civicspace.servers.HttpProbe;
import org.civicspace.servers.KafkaAccess;
import org.civicspace.servers.KafkaBroker;
import org.civicspace.servers.KeycloakServer;
import org.civicspace.servers.MailServer;
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
    private MailServer mail;
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
        // the file that says where a running stack listens exists only once this one is ready
        deleteIfExists(data.resolve("stack.properties"));

        postgres = timed("PostgreSQL", "127.0.0.1:" + settings.postgresPort(),
                () -> PostgresServer.startDurable(data.resolve("postgres"), settings.postgresPort()));
        running.push(() -> postgres.close());

        kafkaPasswords = kafkaPasswords(data);
        kafka = timed("Kafka", "127.0.0.1:" + settings.kafkaPort(), () -> {
            KafkaBroker broker = KafkaBroker.start(data.resolve("kafka"), settings.kafkaPort(),
                    settings.kafkaControllerPort(), "512m", kafkaPasswords.get(KafkaAccess.ADMIN));
            running.push(broker);
            broker.grantOnly(KafkaAccess.civicSpace(), kafkaPasswords);
            return broker;
        });

        keycloak = timed("Keycloak", "http://127.0.0.1:" + settings.keycloakPort(),
                () -> KeycloakServer.start(data.resolve("keycloak"), settings.keycloakPort(),
                        settings.root().resolve("deploy/keycloak/civicspace-realm.json"), true));
        running.push(keycloak);

        mail = timed("Mail (GreenMail)", "smtp://127.0.0.1:" + settings.smtpPort(),
                () -> MailServer.start(data.resolve("mail"), settings.smtpPort(), settings.imapPort()));
        running.push(mail);

        Path devSettings = createDirectories(data.resolve("dev"));
        for (StackSettings.ServiceSettings service : settings.services()) {
            if (!service.isBuilt() && service.startedByLauncher()) {
                continue;
            }
            service.database().ifPresent(database -> service.databaseOwner().ifPresentOrElse(
                    owner -> postgres.createDatabaseWithOwner(database, owner, database),
                    () -> postgres.createDatabase(database, database)));
            // what quarkus:dev of this service reads (its %dev profile), so that it runs as the launcher would run it;
            // demo data stays with the launcher's own first start of the service
            DevSettings.write(devSettings.resolve(service.name() + ".properties"), service.name(),
                    serviceSettings(service, false));
            if (!service.startedByLauncher()) {
                say(service.name() + " is yours to run on http://127.0.0.1:" + service.port()
                        + ": ./mvnw quarkus:dev -pl " + settings.root().relativize(service.module()));
                continue;
            }
            // demo data is loaded on a service's first start, even when the service arrives after the others
            Path demoMarker = createDirectories(data.resolve("demo-data-loaded")).resolve(service.name());
            String name = service.name();
            services.put(name, timed(name, "http://127.0.0.1:" + service.port(),
                    () -> startService(service, !Files.exists(demoMarker))));
            running.push(() -> services.get(name).close());
            markDemoDataLoaded(demoMarker);
        }
        writeAddresses(data);
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
        serviceSettings(service, firstStart).forEach((name, value) -> environment.put(environmentName(name), value));
        Path logs = createDirectories(settings.data().resolve("logs"));
        ServerProcess process = ServerProcess.start(service.name(),
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m", "-jar", service.runnableJar().toString()),
                environment, service.module(), logs.resolve(service.name() + ".log"));
        process.awaitReady(() -> isReady(service.port()), SERVICE_START_TIMEOUT);
        return process;
    }

    /**
     * Everything the stack gives a service, by configuration name: the launcher passes each as the environment
     * variable of that name ({@link #environmentName}), and writes all of them to
     * {@code .data/dev/<service>.properties} for the service's {@code %dev} profile. The names in the form of an
     * environment variable are those the services' properties read as {@code ${NAME}}.
     */
    private Map<String, String> serviceSettings(StackSettings.ServiceSettings service, boolean loadDemoData) {
        Map<String, String> config = new TreeMap<>();
        config.put("quarkus.http.host", Ports.LOOPBACK);
        config.put("quarkus.http.port", Integer.toString(service.port()));
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        // the service's own Kafka principal (its module's name), whose ACLs are KafkaAccess's
        String principal = service.module().getFileName().toString();
        if (kafkaPasswords.containsKey(principal)) {
            config.put("civicspace.kafka.username", principal);
            config.put("civicspace.kafka.password", kafkaPasswords.get(principal));
        }
        config.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        // the local demo secret of the service's own Keycloak client (deploy/keycloak/civicspace-realm.json), for
        // calls it makes to other services with client credentials
        config.put("CIVICSPACE_CLIENT_SECRET", principal + "-local-secret");
        config.put("civicspace.demo-data", Boolean.toString(loadDemoData));
        for (StackSettings.ServiceSettings other : settings.services()) {
            config.put("CIVICSPACE_SERVICES_" + other.name().toUpperCase(Locale.ROOT) + "_URL",
                    "http://" + Ports.LOOPBACK + ":" + other.port());
        }
        if (service.sendsMail()) {
            config.put("quarkus.mailer.host", Ports.LOOPBACK);
            config.put("quarkus.mailer.port", Integer.toString(settings.smtpPort()));
            config.put("quarkus.mailer.tls", "false");
            config.put("quarkus.mailer.start-tls", "DISABLED");
            config.put("CIVICSPACE_MAIL_FROM", "notifications@civicspace.local");
            // links in mail lead to the gateway
            settings.services().stream().filter(other -> other.name().equals("gateway")).findFirst().ifPresent(
                    gateway -> config.put("CIVICSPACE_WEB_URL", "http://" + Ports.LOOPBACK + ":" + gateway.port()));
        }
        config.putAll(service.environment());
        config.putAll(LocalSecrets.of(settings.data().resolve("secrets"), service.name(),
                service.generatedSecrets()));
        service.database().ifPresent(database -> {
            config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
            config.put("quarkus.datasource.username", database);
            config.put("quarkus.datasource.password", database);
            service.databaseOwner().ifPresent(owner -> {
                config.put("quarkus.flyway.jdbc.url", postgres.jdbcUrl(database));
                config.put("quarkus.flyway.username", owner);
                config.put("quarkus.flyway.password", database);
            });
        });
        return config;
    }

    /** The environment variable that sets configuration property {@code name} (MicroProfile Config's rule). */
    static String environmentName(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
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
        text.append("  Mail            SMTP 127.0.0.1:").append(settings.smtpPort()).append(", IMAP 127.0.0.1:")
                .append(settings.imapPort()).append(" (user: the address, any password); every message also in ")
                .append(settings.data().resolve("mail")).append('\n');
        for (StackSettings.ServiceSettings service : settings.services()) {
            text.append(String.format("  %-15s ", service.name()));
            if (!service.startedByLauncher()) {
                text.append("http://127.0.0.1:").append(service.port())
                        .append("  (not started: run ./mvnw quarkus:dev -pl ")
                        .append(settings.root().relativize(service.module())).append(")\n");
            } else {
                text.append(service.isBuilt() ? "http://127.0.0.1:" + service.port() : "(not built yet)").append('\n');
            }
        }
        text.append("""

                  Demo logins (password = user name, local only): cso-rep, cso-rep-2, dgc-officer,
                  committee-member, case-officer, case-officer-2, dashboard, admin
                  A token for scripts: ./civicspace token cso-rep (the password grant of civicspace-cli at
                    %s/protocol/openid-connect/token)

                """.formatted(keycloak.realmUrl()));
        text.append("  Data in ").append(settings.data()).append(", logs in ").append(settings.data().resolve("logs"))
                .append("\n  ./civicspace status checks every server; ./civicspace logs NAME follows one's log")
                .append(String.format(Locale.ROOT, "%n  Started in %.1f s; ", took.toMillis() / 1e3))
                .append("Ctrl-C or ./civicspace stop stops everything.\n");
        System.out.println(text);
        say("Civic Space is ready");
    }

    /** Starts a server with {@code start}, saying where it listens and how long it took to be ready. */
    private static <T> T timed(String name, String address, Supplier<T> start) {
        say("Starting " + name + " on " + address);
        long began = System.nanoTime();
        T server = start.get();
        say(String.format(Locale.ROOT, "%s ready on %s in %.1f s", name, address, (System.nanoTime() - began) / 1e9));
        return server;
    }

    /**
     * Writes {@code .data/stack.properties}: where each server of the running stack listens and logs, and which
     * services the launcher runs, for {@code ./civicspace status}, {@code logs} and {@code token}.
     */
    private void writeAddresses(Path data) {
        Map<String, String> addresses = new LinkedHashMap<>();
        addresses.put("postgres", Ports.LOOPBACK + ":" + settings.postgresPort());
        addresses.put("kafka", kafka.bootstrapServers());
        addresses.put("keycloak", keycloak.url());
        addresses.put("keycloak.realm", keycloak.realmUrl());
        addresses.put("keycloak.log", data.resolve("keycloak/keycloak.log").toString());
        addresses.put("smtp", Ports.LOOPBACK + ":" + settings.smtpPort());
        addresses.put("imap", Ports.LOOPBACK + ":" + settings.imapPort());
        addresses.put("mail", data.resolve("mail").toString());
        addresses.put("kafka.log", data.resolve("kafka/kafka.log").toString());
        List<String> names = new ArrayList<>();
        for (StackSettings.ServiceSettings service : settings.services()) {
            if (!service.isBuilt() && service.startedByLauncher()) {
                continue;
            }
            names.add(service.name());
            addresses.put(service.name(), "http://" + Ports.LOOPBACK + ":" + service.port());
            addresses.put(service.name() + ".started-by-launcher", Boolean.toString(service.startedByLauncher()));
            addresses.put(service.name() + ".log", data.resolve("logs").resolve(service.name() + ".log").toString());
        }
        addresses.put("services", String.join(",", names));
        StringBuilder text = new StringBuilder("# The running local stack, written by the launcher at each start; "
                + "read by ./civicspace status, logs and token\n");
        addresses.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        try {
            Files.writeString(data.resolve("stack.properties"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void markDemoDataLoaded(Path marker) {
        try {
            Files.writeString(marker, "demo data loaded on first start\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
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
