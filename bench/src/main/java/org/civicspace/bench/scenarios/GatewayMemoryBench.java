package org.civicspace.bench.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.civicspace.bench.harness.Log;
import org.civicspace.bench.harness.ProcessMemory;
import org.civicspace.bench.harness.Settings;
import org.civicspace.bench.harness.Stack;
import org.civicspace.bench.harness.Wrk;

/**
 * What the gateway's memory does while ever more client addresses call it: a public read through the gateway, each
 * request from an address no request used before (X-Forwarded-For, believed because the gateway runs behind
 * 127.0.0.1 as a trusted proxy), in rounds of wrk until {@code addresses} distinct addresses have called. After each
 * round: the gateway's heap in use after a full collection ({@code jcmd GC.run}, then {@code jvm_memory_used_bytes}
 * of its own /q/metrics) and its resident set. The per-address buckets are bounded, so the heap should stay flat.
 *
 * <p>Usage: {@code GatewayMemoryBench <repository root> [addresses]} (default 1,000,000). Settings from the
 * environment: {@code BENCH_THREADS}, {@code BENCH_CONNECTIONS}, {@code BENCH_DURATION} (one round),
 * {@code BENCH_GATEWAY_HEAP}, {@code BENCH_SERVICE_HEAP}.
 */
public final class GatewayMemoryBench {

    private static final Pattern HEAP_USED = Pattern.compile(
            "(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\}\\s+([0-9.eE+]+)");

    private GatewayMemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        long addresses = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        Settings settings = Settings.fromEnvironment();
        String serviceHeap = Settings.env("BENCH_SERVICE_HEAP", "512m");
        String gatewayHeap = Settings.env("BENCH_GATEWAY_HEAP", "512m");
        Path registryJar = root.resolve("registry-service/target/quarkus-app/quarkus-run.jar");
        Path gatewayJar = root.resolve("gateway/target/quarkus-app/quarkus-run.jar");
        for (Path jar : List.of(registryJar, gatewayJar)) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " missing: build it first");
            }
        }
        Path target = root.resolve("bench/target");
        Path work = Files.createDirectories(target.resolve("gateway-memory"));
        Path script = work.resolve("addresses.lua");
        try (InputStream in = GatewayMemoryBench.class.getResourceAsStream("addresses.lua")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Instant began = Instant.now();
        Log.say("gateway memory benchmark: %,d distinct client addresses; rounds of wrk -t%d -c%d -d%s",
                addresses, settings.threads(), settings.connections(), settings.duration());

        Stack stack = Stack.start(work, target.resolve("servers"), registryJar,
                root.resolve("deploy/keycloak/civicspace-realm.json"), serviceHeap);
        Thread stopper = new Thread(stack::close, "stop-bench-stack");
        Runtime.getRuntime().addShutdownHook(stopper);
        try (stack; Connection db = DriverManager.getConnection(stack.postgres().jdbcUrl(Stack.DATABASE),
                Stack.DATABASE, Stack.DATABASE)) {
            Map<String, String> environment = new HashMap<>();
            environment.put("CIVICSPACE_SERVICES_REGISTRY_URL", stack.serviceUrl());
            environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", stack.keycloak().realmUrl());
            environment.putAll(stack.kafkaEnvironment("gateway"));
            environment.put("CIVICSPACE_GATEWAY_TRUSTED_PROXIES", "127.0.0.1");
            if (Boolean.parseBoolean(Settings.env("BENCH_QUARKUS_FORWARDING", "false"))) {
                // a gateway from before it owned forwarding read the client address through Quarkus' own setting
                environment.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
                environment.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
                environment.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1");
            }
            Stack.Service gateway = stack.startService("gateway", gatewayJar, gatewayHeap, environment);
            long gatewayPid = javaProcessOf(gateway.process().pid());

            OrganizationLoader loader = new OrganizationLoader(db);
            loader.load(100);
            String path = Scenarios.BASE + "/" + loader.activeIds(1).get(0);
            Path paths = work.resolve("paths.txt");
            Files.writeString(paths, path + "\n");
            Wrk wrk = new Wrk(script, gateway.url(), settings.threads(), settings.connections());

            List<String> rows = new ArrayList<>();
            rows.add(row(0, sample(gateway, gatewayPid), 0, 0));
            long called = 0;
            while (called < addresses) {
                Wrk.Result result = wrk.run(paths, settings.duration());
                if (result.socketErrors() > 0 || result.non2xx() > 0) {
                    throw new IllegalStateException("a round had errors: " + result);
                }
                called += result.requests();
                // each address's bucket refills within a second: wait that long so that the heap shows what is kept
                Thread.sleep(2_000);
                String line = row(called, sample(gateway, gatewayPid), result.rps(), result.p99());
                rows.add(line);
                Log.say("%s", line);
            }
            StringBuilder report = new StringBuilder()
                    .append("Gateway memory while distinct client addresses call (").append(Instant.now())
                    .append("; `bench/run-gateway-memory.sh ").append(addresses).append("`, wrk -t")
                    .append(settings.threads()).append(" -c").append(settings.connections()).append(", rounds of ")
                    .append(settings.duration()).append(", gateway -Xmx").append(gatewayHeap).append(")\n\n")
                    .append("| addresses so far | heap after full GC (MiB) | resident set (MiB) | round req/s | round p99 (ms) |\n")
                    .append("|---:|---:|---:|---:|---:|\n");
            rows.forEach(r -> report.append(r).append('\n'));
            Path file = work.resolve("report-" + began.toString().replace(':', '-') + ".md");
            Files.writeString(file, report);
            System.out.println(report);
            Log.say("report in %s", file);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
        }
        Log.say("done in %d s", Duration.between(began, Instant.now()).toSeconds());
    }

    private record Sample(double heapMiB, double rssMiB) {
    }

    private static String row(long called, Sample sample, double rps, double p99) {
        return String.format("| %,d | %.1f | %.1f | %,.0f | %.2f |", called, sample.heapMiB(), sample.rssMiB(), rps,
                p99);
    }

    /** Heap in use after a full collection, and the resident set, of the gateway's JVM. */
    private static Sample sample(Stack.Service gateway, long pid) throws IOException, InterruptedException {
        Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        if (!gc.waitFor(60, TimeUnit.SECONDS) || gc.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " GC.run failed");
        }
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(gateway.url() + "/q/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        double heap = 0;
        Matcher used = HEAP_USED.matcher(metrics);
        while (used.find()) {
            heap += Double.parseDouble(used.group(1));
        }
        long rssKb = ProcessMemory.of(pid).map(ProcessMemory.Sample::rssKb).orElse(0L);
        return new Sample(heap / (1024 * 1024), rssKb / 1024.0);
    }

    /** The JVM below a ServerProcess watchdog (the watchdog itself is bash). */
    private static long javaProcessOf(long watchdog) {
        return ProcessHandle.of(watchdog).stream().flatMap(h -> Stream.concat(Stream.of(h), h.descendants()))
                .filter(h -> h.info().command().map(c -> c.endsWith("java")).orElse(false))
                .map(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new IllegalStateException("no JVM below process " + watchdog));
    }
}
