package org.civicspace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.civicspace.servers.HttpProbe;
import org.civicspace.servers.KafkaBroker;
import org.civicspace.servers.KeycloakServer;
import org.civicspace.servers.Ports;
import org.civicspace.servers.PostgresServer;
import org.civicspace.servers.ServerProcess;

/**
 * The servers registry-service needs, on free 127.0.0.1 ports: an ephemeral PostgreSQL, Kafka and Keycloak (started
 * side by side to save time), then the service jar itself as a child process. {@link #close()} stops them all, in
 * reverse order, each by its own handle; the service, Kafka and Keycloak also die with this JVM (ServerProcess
 * watchdogs).
 */
final class Stack implements AutoCloseable {

    static final String DATABASE = "registry";

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private PostgresServer postgres;
    private int servicePort;
    private ServerProcess service;

    /** Starts everything; {@code work} holds data and logs, {@code cache} the unpacked Keycloak across runs. */
    static Stack start(Path work, Path cache, Path serviceJar, Path realm, String serviceHeap) {
        Stack stack = new Stack();
        try {
            stack.startAll(work, cache, serviceJar, realm, serviceHeap);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(Path work, Path cache, Path serviceJar, Path realm, String serviceHeap) {
        Path postgresData = work.resolve("postgres");
        long started = System.nanoTime();
        CompletableFuture<PostgresServer> postgresStart = CompletableFuture.supplyAsync(() -> {
            PostgresServer server = PostgresServer.startEphemeral(postgresData);
            server.createDatabase(DATABASE, DATABASE);
            return server;
        });
        CompletableFuture<KafkaBroker> kafkaStart = CompletableFuture.supplyAsync(
                () -> KafkaBroker.start(directory(work.resolve("kafka")), Ports.free(), "256m"));
        CompletableFuture<KeycloakServer> keycloakStart = CompletableFuture.supplyAsync(
                () -> KeycloakServer.start(directory(cache.resolve("keycloak")), Ports.free(), realm, false));
        // wait for all three before failing, so that close() can stop whichever did start
        CompletableFuture.allOf(postgresStart, kafkaStart, keycloakStart).exceptionally(e -> null).join();
        postgres = started(postgresStart);
        KafkaBroker kafka = started(kafkaStart);
        KeycloakServer keycloak = started(keycloakStart);
        join(postgresStart, "PostgreSQL");
        join(kafkaStart, "Kafka");
        join(keycloakStart, "Keycloak");
        Log.say("PostgreSQL on port %d, Kafka on %s, Keycloak on %s (%.0f s)", postgres.port(),
                kafka.bootstrapServers(), keycloak.url(), (System.nanoTime() - started) / 1e9);

        servicePort = Ports.free();
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_HTTP_HOST", Ports.LOOPBACK);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(servicePort));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(DATABASE));
        environment.put("QUARKUS_DATASOURCE_USERNAME", DATABASE);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", DATABASE);
        environment.put("CIVICSPACE_DEMO_DATA", "false");
        started = System.nanoTime();
        service = ServerProcess.start("registry-service",
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + serviceHeap, "-jar", serviceJar.toString()),
                environment, work, work.resolve("registry-service.log"));
        running.push(service);
        service.awaitReady(this::serviceReady, Duration.ofMinutes(3));
        Log.say("registry-service ready on port %d, pid %d (%.0f s; log %s)", servicePort, service.pid(),
                (System.nanoTime() - started) / 1e9, service.log());
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

    PostgresServer postgres() {
        return postgres;
    }

    String serviceUrl() {
        return "http://" + Ports.LOOPBACK + ":" + servicePort;
    }

    ServerProcess service() {
        return service;
    }

    @Override
    public void close() {
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                Log.say("while stopping: %s", e.getMessage());
            }
        }
    }

    private boolean serviceReady() {
        return HttpProbe.answersOk(serviceUrl() + "/q/health/ready");
    }

    private static Path directory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
