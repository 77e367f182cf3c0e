package org.civicspace.bench.scenarios;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.vertx.core.json.JsonObject;

import org.civicspace.bench.baselines.RawOrganizationServer;
import org.civicspace.bench.harness.Csv;
import org.civicspace.bench.harness.Log;
import org.civicspace.bench.harness.Settings;
import org.civicspace.bench.harness.Stack;
import org.civicspace.bench.harness.Stats;
import org.civicspace.bench.harness.Wrk;
import org.civicspace.servers.Ports;

/**
 * The service-vs-baseline benchmark: starts PostgreSQL, Kafka, Keycloak and registry-service, loads {@code count}
 * organisations with SQL, then starts {@link RawOrganizationServer} (a separate JVM, the same heap, a pool of the
 * service's size) on the same database, and measures the anonymous {@code GET /api/v1/registry/organizations/{id}}
 * of one active organisation on both with wrk ({@code --latency}). After one warm-up each, {@code BENCH_REPEAT}
 * rounds run the baseline and the service in turn, so that a change of load on the machine touches both alike.
 * Prints a Markdown table of medians with their min–max spread, and the service's throughput as a share of the
 * baseline's (the issue's target: at least {@value #TARGET}).
 *
 * <p>Usage: {@code ServiceBaselineBench <repository root> [count]} (default 1,000). Settings from the environment:
 * BENCH_THREADS (2), BENCH_CONNECTIONS (8), BENCH_DURATION (10s), BENCH_WARMUP (5s), BENCH_REPEAT (3),
 * BENCH_SERVICE_HEAP (512m, also the baseline's), BENCH_LOAD_LEVELS (none; for example {@code 1,2,4,8,16,32}: after
 * the rounds, one run of each side at each of these numbers of connections, throughput over load, written to
 * {@code load-sweep.csv} and drawn by {@code bench/plot-load.py}).
 */
public final class ServiceBaselineBench {

    /** The issue's target: the service keeps at least this share of the baseline's throughput. */
    static final double TARGET = 0.85;
    /**
     * registry-service sets no {@code quarkus.datasource.jdbc.max-size}: Quarkus' default, 20 connections. The
     * baseline's pool has the same size.
     */
    static final int SERVICE_POOL_SIZE = 20;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One side of the comparison. */
    record Target(String key, String title, String url) {
    }

    private ServiceBaselineBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int count = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 1_000;
        Settings settings = Settings.fromEnvironment();
        String heap = Settings.env("BENCH_SERVICE_HEAP", "512m");
        List<Integer> loadLevels = loadLevels(); // read first: a mistake in it fails before the servers start

        Path registryJar = root.resolve("registry-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(registryJar)) {
            throw new IllegalStateException(registryJar + " missing: build it first");
        }
        Path target = root.resolve("bench/target");
        Path work = Files.createDirectories(target.resolve("service-baseline"));
        Instant began = Instant.now();
        Log.say("service vs raw baseline benchmark: %,d organisations; wrk -t%d -c%d, warm-up %s each, %d rounds of "
                + "2 x %s", count, settings.threads(), settings.connections(), settings.warmup(), settings.repeat(),
                settings.duration());
        String uptimeBefore = Wrk.uptime();
        Log.say("load before start: %s", uptimeBefore);

        Stack stack = Stack.start(work, target.resolve("servers"), registryJar,
                root.resolve("deploy/keycloak/civicspace-realm.json"), heap);
        Thread stopper = new Thread(stack::close, "stop-bench-stack");
        Runtime.getRuntime().addShutdownHook(stopper);
        try (stack; Connection db = DriverManager.getConnection(stack.postgres().jdbcUrl(Stack.DATABASE),
                Stack.DATABASE, Stack.DATABASE)) {
            Log.say("loading %,d organisations", count);
            OrganizationLoader loader = new OrganizationLoader(db);
            loader.load(count);
            loader.verify(count);
            List<String> active = loader.activeIds(1);
            if (active.isEmpty()) {
                throw new IllegalStateException("no active organisation among " + count);
            }
            String path = Scenarios.BASE + "/" + active.get(0);

            // a child JVM of its own on the service's database, stopped with the stack, before it
            String database = "postgresql://" + Stack.DATABASE + ":" + Stack.DATABASE + "@" + Ports.LOOPBACK + ":"
                    + stack.postgres().port() + "/" + Stack.DATABASE;
            Stack.Service baseline = stack.startJvm("raw-baseline", RawOrganizationServer.class, heap, path,
                    database, Integer.toString(SERVICE_POOL_SIZE));
            String baselineUrl = baseline.url();
            Path baselineLog = baseline.process().log();
            Log.say("measuring GET %s", path);

            List<Target> targets = List.of(
                    new Target("baseline", "raw Vert.x + reactive PostgreSQL", baselineUrl + path),
                    new Target("service", "registry-service", stack.serviceUrl() + path));
            String sameJson = check(targets, active.get(0));

            Map<Target, List<Wrk.Distribution>> results = new LinkedHashMap<>();
            Path rawFile = work.resolve("wrk-" + stamp(began) + ".txt");
            for (Target side : targets) {
                Wrk.Distribution warm = run(side, settings, settings.warmup());
                Log.say("%s: warm-up %s: %.0f req/s, p50 %.2f ms, p99 %.2f ms", side.key(), settings.warmup(),
                        warm.rps(), warm.p50(), warm.p99());
                results.put(side, new ArrayList<>());
            }
            for (int round = 1; round <= settings.repeat(); round++) {
                for (Target side : targets) {
                    Wrk.Distribution result = run(side, settings, settings.duration());
                    Files.writeString(rawFile, "### " + side.key() + ", round " + round + "\n" + result.output()
                            + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    if (result.non2xx() > 0 || result.socketErrors() > 0) {
                        throw new IllegalStateException(side.key() + ": " + result.non2xx()
                                + " answers of 400 or above, " + result.socketErrors() + " socket errors; see "
                                + stack.service().log() + " and " + baselineLog);
                    }
                    results.get(side).add(result);
                    Log.say("round %d, %s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, %.0f req/s (%d requests); "
                            + "before: %s", round, side.key(), result.p50(), result.p90(), result.p99(),
                            result.rps(), result.requests(), result.uptimeBefore());
                }
            }

            String sweep = sweep(targets, settings, loadLevels, work.resolve("load-sweep.csv"), count);

            String command = Wrk.latencyCommandLine("<url>", List.of(GatewayOverheadBench.ACCEPT),
                    settings.threads(), settings.connections(), settings.duration());
            String report = report(count, path, command, settings, results, Duration.between(began, Instant.now()),
                    uptimeBefore, heap, sameJson) + sweep;
            Path reportFile = work.resolve("report-" + stamp(began) + ".md");
            Files.writeString(reportFile, report);
            writeCsv(work.resolve("runs.csv"), count, results);
            System.out.println(report);
            System.out.flush();
            Log.say("report written to %s; runs appended to %s; wrk's reports in %s", reportFile,
                    work.resolve("runs.csv"), rawFile);
        } finally {
            Log.say("servers stopped");
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
        }
        Log.say("done in %d s", Duration.between(began, Instant.now()).toSeconds());
    }

    /**
     * Before measuring: both answer 200 with the organisation asked for. Returns whether their bodies are the same
     * JSON (fields in any order), for the report; the names of the fields that differ otherwise.
     */
    private static String check(List<Target> targets, String id) {
        List<JsonObject> bodies = new ArrayList<>();
        for (Target side : targets) {
            HttpResponse<String> response = get(side.url());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(side.key() + ": GET " + side.url() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            JsonObject body = new JsonObject(response.body());
            if (!id.equals(body.getString("id"))) {
                throw new IllegalStateException(side.key() + ": GET " + side.url() + " answered organisation "
                        + body.getString("id") + ", not " + id);
            }
            bodies.add(body);
            Log.say("%s: %s answers 200, organisation %s, %d characters, ETag %s", side.key(), side.url(), id,
                    response.body().length(), response.headers().firstValue("ETag").orElse("none"));
        }
        JsonObject baseline = bodies.get(0);
        JsonObject service = bodies.get(1);
        if (baseline.equals(service)) {
            Log.say("both bodies are the same JSON");
            return "the same JSON (fields compared, order aside)";
        }
        Set<String> differing = new TreeSet<>(baseline.fieldNames());
        differing.addAll(service.fieldNames());
        differing.removeIf(name -> baseline.getValue(name) != null && baseline.getValue(name)
                .equals(service.getValue(name)));
        Log.say("the bodies DIFFER in %s:%n  baseline %s%n  service  %s", differing, baseline.encode(),
                service.encode());
        return "NOT the same JSON: they differ in " + differing;
    }

    /** BENCH_LOAD_LEVELS: numbers of connections, comma-separated, each at least 1; none when unset. */
    private static List<Integer> loadLevels() {
        String levels = Settings.env("BENCH_LOAD_LEVELS", "");
        List<Integer> parsed = new ArrayList<>();
        for (String level : levels.split(",")) {
            if (!level.isBlank()) {
                int connections = Integer.parseInt(level.strip());
                if (connections < 1) {
                    throw new IllegalArgumentException("BENCH_LOAD_LEVELS: " + levels);
                }
                parsed.add(connections);
            }
        }
        return parsed;
    }

    /**
     * Throughput over load: one run of each side, in turn, at each number of connections (wrk with as many threads
     * as BENCH_THREADS, or fewer connections), appended to {@code csv}. Returns a Markdown table of the runs, empty
     * when there are no levels.
     */
    private static String sweep(List<Target> targets, Settings settings, List<Integer> levels, Path csv, int count) {
        if (levels.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "%n#### Throughput over load%n%n"
                + "One run of %s each at every number of connections, baseline then service.%n%n"
                + "| connections | baseline req/s | service req/s | service/baseline | baseline p99 ms "
                + "| service p99 ms |%n"
                + "|---:|---:|---:|---:|---:|---:|%n", settings.duration()));
        List<String> rows = new ArrayList<>();
        String now = Instant.now().toString();
        for (int connections : levels) {
            List<Wrk.Distribution> runs = new ArrayList<>();
            for (Target side : targets) {
                Wrk.Distribution r = Wrk.latency(side.url(), List.of(GatewayOverheadBench.ACCEPT),
                        Math.min(settings.threads(), connections), connections, settings.duration());
                if (r.non2xx() > 0 || r.socketErrors() > 0) {
                    throw new IllegalStateException(side.key() + " at " + connections + " connections: " + r.non2xx()
                            + " answers of 400 or above, " + r.socketErrors() + " socket errors");
                }
                Log.say("%d connections, %s: %.0f req/s, p50 %.2f ms, p99 %.2f ms", connections, side.key(), r.rps(),
                        r.p50(), r.p99());
                rows.add(String.format(Locale.ROOT, "%s,%d,%s,%d,%.3f,%.3f,%.3f,%.1f,%.2f", now, count, side.key(),
                        connections, r.p50(), r.p90(), r.p99(), r.rps(), r.loadBefore()));
                runs.add(r);
            }
            md.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.2f | %.2f | %.2f |%n", connections,
                    runs.get(0).rps(), runs.get(1).rps(), runs.get(1).rps() / runs.get(0).rps(), runs.get(0).p99(),
                    runs.get(1).p99()));
        }
        Csv.append(csv, "time,count,server,connections,p50_ms,p90_ms,p99_ms,rps,load1_before", rows);
        return md.toString();
    }

    private static Wrk.Distribution run(Target side, Settings settings, String duration) {
        return Wrk.latency(side.url(), List.of(GatewayOverheadBench.ACCEPT), settings.threads(),
                settings.connections(), duration);
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String report(int count, String path, String command, Settings settings,
            Map<Target, List<Wrk.Distribution>> results, Duration took, String uptimeBefore, String heap,
            String sameJson) {
        List<List<Wrk.Distribution>> sides = new ArrayList<>(results.values());
        List<Wrk.Distribution> baseline = sides.get(0);
        List<Wrk.Distribution> service = sides.get(1);
        double ratio = Stats.median(service, Wrk.Distribution::rps) / Stats.median(baseline, Wrk.Distribution::rps);
        StringBuilder md = new StringBuilder();
        md.append("### Service vs raw baseline: GET ").append(Scenarios.BASE).append("/{id}\n\n");
        md.append("Measured ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" with `")
                .append(command).append("`, the URL being the raw baseline's or registry-service's, anonymously. One ")
                .append(settings.warmup()).append(" warm-up each, then ").append(settings.repeat())
                .append(" rounds running them in turn (baseline, service). Each cell: median of the runs (min–max).")
                .append(String.format(Locale.ROOT, " Registry of %,d organisations; the organisation read is `%s`;"
                        + " both JVMs `-Xmx%s`, both pools %d connections; the two bodies are %s; whole run %d s.%n%n",
                        count, path, heap, SERVICE_POOL_SIZE, sameJson, took.toSeconds()));
        md.append("| Server | req/s | p50 ms | p99 ms | service/baseline req/s | added p50 ms | added p99 ms |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<Target, List<Wrk.Distribution>> entry : results.entrySet()) {
            List<Wrk.Distribution> runs = entry.getValue();
            md.append("| ").append(entry.getKey().title())
                    .append(" | ").append(Stats.cell(runs, Wrk.Distribution::rps, 0))
                    .append(" | ").append(Stats.cell(runs, Wrk.Distribution::p50, 2))
                    .append(" | ").append(Stats.cell(runs, Wrk.Distribution::p99, 2));
            if (runs == service) {
                md.append(String.format(Locale.ROOT, " | %.2f | %+.2f | %+.2f |%n", ratio,
                        Stats.median(service, Wrk.Distribution::p50) - Stats.median(baseline, Wrk.Distribution::p50),
                        Stats.median(service, Wrk.Distribution::p99) - Stats.median(baseline, Wrk.Distribution::p99)));
            } else {
                md.append(" | | | |\n");
            }
        }
        List<Wrk.Distribution> all = results.values().stream().flatMap(List::stream).toList();
        md.append(String.format(Locale.ROOT, "%nTarget: at least %.2f of the baseline's throughput: %s (%.2f).",
                TARGET, ratio >= TARGET ? "met" : "missed", ratio))
                .append(" The last three columns compare medians. wrk and the server measured share the machine's")
                .append(" cores (the other server idles). `uptime` before the servers started: `").append(uptimeBefore)
                .append("`; load average (1 min) before the runs: ")
                .append(Stats.range(all, Wrk.Distribution::loadBefore))
                .append(" (includes the benchmark's own processes).\n");
        return md.toString();
    }

    private static void writeCsv(Path file, int count, Map<Target, List<Wrk.Distribution>> results) {
        List<String> rows = new ArrayList<>();
        String now = Instant.now().toString();
        results.forEach((side, runs) -> {
            for (int i = 0; i < runs.size(); i++) {
                Wrk.Distribution r = runs.get(i);
                rows.add(String.format(Locale.ROOT, "%s,%d,%s,%d,%.3f,%.3f,%.3f,%.3f,%.3f,%.1f,%d,%.2f", now, count,
                        side.key(), i + 1, r.p50(), r.p75(), r.p90(), r.p99(), r.max(), r.rps(), r.requests(),
                        r.loadBefore()));
            }
        });
        Csv.append(file, "time,count,server,round,p50_ms,p75_ms,p90_ms,p99_ms,max_ms,rps,requests,load1_before", rows);
    }

    private static String stamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-');
    }
}
