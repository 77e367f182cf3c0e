package org.civicspace.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker ({@code org.apache.kafka:kafka_2.13}) in KRaft mode, one node that is both broker and
 * controller, running as a separate process on 127.0.0.1.
 *
 * <p>Every client authenticates: the client listener takes SCRAM-SHA-512 users, the controller listener only the
 * {@value KafkaAccess#ADMIN} user (SASL/PLAIN, as SCRAM users live in the metadata the controller serves), and
 * ACLs allow nothing that {@link #grantOnly} did not grant. Nobody is anonymous.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final String AUTHENTICATED_MARKER = "authenticated";

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private final String heap;
    private final String adminPassword;
    private ServerProcess process;

    private KafkaBroker(Path directory, int port, int controllerPort, String heap, String adminPassword) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.heap = heap;
        this.adminPassword = adminPassword;
    }

    /**
     * Starts a broker keeping its log in {@code directory} (formatted on first use) and listening on {@code port},
     * with {@code adminPassword} for the {@value KafkaAccess#ADMIN} user (kept from the first start of a log).
     */
    public static KafkaBroker start(Path directory, int port, String heap, String adminPassword) {
        return start(directory, port, Ports.free(), heap, adminPassword);
    }

    /** As {@link #start(Path, int, String, String)}, with the KRaft controller listening on {@code controllerPort}. */
    public static KafkaBroker start(Path directory, int port, int controllerPort, String heap, String adminPassword) {
        return start(directory, port, controllerPort, heap, adminPassword, Base64Uuid.of(UUID.randomUUID()));
    }

    /** As {@link #start(Path, int, int, String, String)}, formatting a new log with {@code clusterId}. */
    static KafkaBroker start(Path directory, int port, int controllerPort, String heap, String adminPassword,
            String clusterId) {
        if (adminPassword.isBlank() || adminPassword.contains("\"") || adminPassword.contains("\\")) {
            throw new IllegalArgumentException("the Kafka admin password must be non-blank, without quotes");
        }
        KafkaBroker broker = new KafkaBroker(directory, port, controllerPort, heap, adminPassword);
        broker.format(clusterId);
        broker.launch();
        return broker;
    }

    /**
     * Makes the broker's users and ACLs those of {@code principals}: creates or updates each one's SCRAM
     * credential with its password from {@code passwords}, adds the ACLs it lacks and removes every other ACL, and
     * creates the topics they read that do not exist yet. Idempotent; run on every start, so that a log formatted before a principal or a right existed catches up.
     */
    public void grantOnly(List<KafkaAccess.Principal> principals, Map<String, String> passwords) {
        KafkaGrants.apply(adminSettings(), principals, passwords);
    }

    /** Client settings of the {@value KafkaAccess#ADMIN} user: for the harness's own readers, never a service. */
    public Map<String, String> adminSettings() {
        Map<String, String> settings = new java.util.HashMap<>(KafkaAccess.clientSettings(KafkaAccess.ADMIN,
                adminPassword));
        settings.put("bootstrap.servers", bootstrapServers());
        return Map.copyOf(settings);
    }

    public String bootstrapServers() {
        return Ports.LOOPBACK + ":" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** Kills the broker with SIGKILL, as a crash would. {@link #restart()} brings it back on the same port. */
    public void crash() {
        process.crash();
    }

    /** Stops the broker if it runs, then starts it again on the same port with the same log. */
    public void restart() {
        process.close();
        launch();
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }

    private void format(String clusterId) {
        Path logDir = directory.resolve("log");
        if (Files.exists(logDir.resolve("meta.properties"))) {
            if (!Files.exists(directory.resolve(AUTHENTICATED_MARKER))) {
                throw new IllegalStateException("the Kafka log in " + directory + " was formatted without "
                        + "authentication, which this broker requires: delete it (./civicspace reset) to start anew");
            }
            return;
        }
        try {
            Files.createDirectories(logDir);
            writeConfig();
            // one argument, "--cluster-id=...": an id may start with "-" (URL-safe base64), which the storage tool
            // would read as an option if it were an argument of its own (a start failed once that way)
            Process format = new ProcessBuilder(java("kafka.tools.StorageTool", "format",
                    "--cluster-id=" + clusterId, "-c", config().toString(),
                    "--add-scram", "SCRAM-SHA-512=[name=" + KafkaAccess.ADMIN + ",password=" + adminPassword + "]"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("format.log").toFile()))
                    .start();
            if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting Kafka storage failed; see " + directory.resolve("format.log"));
            }
            Files.writeString(directory.resolve(AUTHENTICATED_MARKER), "formatted with SCRAM users and ACLs\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void launch() {
        try {
            writeConfig();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        process = ServerProcess.start("kafka", java("kafka.Kafka", config().toString()), Map.of(), directory,
                directory.resolve("kafka.log"));
        process.awaitReady(this::acceptsClients, START_TIMEOUT);
    }

    private boolean acceptsClients() {
        if (!Ports.isOpen(port)) {
            return false;
        }
        try {
            return Files.readString(directory.resolve("kafka.log")).contains("Kafka Server started");
        } catch (IOException e) {
            return false;
        }
    }

    private List<String> java(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + directory.resolve("log4j2.properties"),
                "-cp", Distributions.kafkaClasspath(), mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    private Path config() {
        return directory.resolve("server.properties");
    }

    private void writeConfig() throws IOException {
        Files.writeString(config(), """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@%1$s:%3$d
                listeners=CLIENTS://%1$s:%2$d,CONTROLLER://%1$s:%3$d
                advertised.listeners=CLIENTS://%1$s:%2$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=CLIENTS
                listener.security.protocol.map=CLIENTS:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
                sasl.enabled.mechanisms=SCRAM-SHA-512
                sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
                listener.name.clients.scram-sha-512.sasl.jaas.config=%5$s
                sasl.mechanism.controller.protocol=PLAIN
                listener.name.controller.sasl.enabled.mechanisms=PLAIN
                listener.name.controller.plain.sasl.jaas.config=%6$s
                authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
                super.users=User:%7$s
                allow.everyone.if.no.acl.found=false
                log.dirs=%4$s
                num.partitions=3
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(Ports.LOOPBACK, port, controllerPort, directory.resolve("log"),
                KafkaAccess.scramLogin(KafkaAccess.ADMIN, adminPassword),
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"%1$s\" password=\"%2$s\" user_%1$s=\"%2$s\";"
                        .formatted(KafkaAccess.ADMIN, adminPassword),
                KafkaAccess.ADMIN));
        // it holds the admin's password
        Files.setPosixFilePermissions(config(), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Files.writeString(directory.resolve("log4j2.properties"), """
                status = warn
                appender.out.type = Console
                appender.out.name = OUT
                appender.out.layout.type = PatternLayout
                appender.out.layout.pattern = [%d] %p %m (%c)%n
                rootLogger.level = WARN
                rootLogger.appenderRef.out.ref = OUT
                logger.server.name = kafka.server.KafkaRaftServer
                logger.server.level = INFO
                """);
    }

    /** Kafka's cluster ids are UUIDs in URL-safe base64 without padding. */
    static final class Base64Uuid {
        static String of(UUID uuid) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(16);
            buffer.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
        }
    }
}
