package org.civicspace.bench.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.civicspace.bench.harness.Csv;
import org.civicspace.bench.harness.Log;
import org.civicspace.bench.harness.Settings;
import org.civicspace.bench.harness.Stack;
import org.civicspace.bench.harness.Stats;
import org.civicspace.bench.harness.Wrk;

/**
 * The registry search benchmark: starts PostgreSQL, Kafka, Keycloak and registry-service, loads {@code count}
 * organisations with SQL, then measures each scenario of {@link Scenarios} with wrk (a warm-up, then
 * {@code BENCH_REPEAT} measured runs) and prints a Markdown table of medians with their min–max spread.
 *
 * <p>Usage: {@code RegistrySearchBench <repository root> [count]}. Settings from the environment:
 * BENCH_THREADS (2), BENCH_CONNECTIONS (8), BENCH_DURATION (10s), BENCH_WARMUP (5s), BENCH_REPEAT (3),
 * BENCH_SCENARIOS (all; comma-separated keys), BENCH_SERVICE_HEAP (512m), BENCH_HOLD_SECONDS (0: keep the stack up
 * that long after the runs, for psql; at most 3600).
 */
public final class RegistrySearchBench {

    private RegistrySearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int count = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 100_000;
        Settings settings = Settings.fromEnvironment();
        int threads = settings.threads();
        int connections = settings.connections();
        String duration = settings.duration();
        String warmup = settings.warmup();
        int repeat = settings.repeat();
        List<String> only = Arrays.stream(Settings.env("BENCH_SCENARIOS", "").split(","))
                .filter(s -> !s.isBlank()).toList();
        long hold = Math.min(3600, Long.parseLong(Settings.env("BENCH_HOLD_SECONDS", "0")));

        Path jar = root.resolve("registry-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " missing: build registry-service first");
        }
        Path target = root.resolve("bench/target");
        Path work = Files.createDirectories(target.resolve("registry-search-" + count));
        Path script = work.resolve("paths.lua");
        try (InputStream in = RegistrySearchBench.class.getResourceAsStream("paths.lua")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Instant began = Instant.now();
        Log.say("registry search benchmark: %,d organisations; wrk -t%d -c%d, warm-up %s, %d x %s per scenario",
                count, threads, connections, warmup, repeat, duration);
        String uptimeBefore = Wrk.uptime();
        Log.say("load before start: %s", uptimeBefore);

        Stack stack = Stack.start(work, target.resolve("servers"), jar, root.resolve(
                "deploy/keycloak/civicspace-realm.json"), Settings.env("BENCH_SERVICE_HEAP", "512m"));
        Thread stopper = new Thread(stack::close, "stop-bench-stack");
        Runtime.getRuntime().addShutdownHook(stopper);
        try (stack; Connection db = DriverManager.getConnection(stack.postgres().jdbcUrl(Stack.DATABASE),
                Stack.DATABASE, Stack.DATABASE)) {
            Log.say("loading %,d organisations", count);
            long loadStart = System.nanoTime();
            OrganizationLoader loader = new OrganizationLoader(db);
            loader.load(count);
            loader.verify(count);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            List<String> description = loader.describe();
            description.forEach(line -> Log.say("  %s", line));
            List<String> ids = loader.publicIds(2000);

            Scenarios scenarios = new Scenarios(stack.serviceUrl());
            List<Scenarios.Scenario> selected = scenarios.all(ids).stream()
                    .filter(s -> only.isEmpty() || only.contains(s.key())).toList();
            Wrk wrk = new Wrk(script, stack.serviceUrl(), threads, connections);
            Map<Scenarios.Scenario, List<Wrk.Result>> results = new LinkedHashMap<>();
            for (Scenarios.Scenario scenario : selected) {
                Path paths = work.resolve(scenario.key() + ".paths");
                Files.write(paths, scenario.paths());
                Log.say("%s: %s; check: %s", scenario.key(), scenario.title(), scenarios.check(scenario));
                Wrk.Result warm = wrk.run(paths, warmup);
                Log.say("  warm-up %s: %.0f req/s, p95 %.1f ms", warmup, warm.rps(), warm.p95());
                List<Wrk.Result> runs = new ArrayList<>();
                for (int i = 1; i <= repeat; i++) {
                    Wrk.Result result = wrk.run(paths, duration);
                    if (result.non2xx() > 0 || result.socketErrors() > 0) {
                        throw new IllegalStateException(scenario.key() + ": " + result.non2xx() + " non-2xx answers, "
                                + result.socketErrors() + " socket errors; see " + stack.service().log());
                    }
                    runs.add(result);
                    Log.say("  run %d: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %.0f req/s (%d requests); before: %s",
                            i, result.p50(), result.p95(), result.p99(), result.rps(), result.requests(),
                            result.uptimeBefore());
                }
                results.put(scenario, runs);
            }

            List<String> plans = new Explain(db).all();
            Path explainFile = work.resolve("explain.txt");
            Files.write(explainFile, plans);
            Log.say("EXPLAIN (ANALYZE, BUFFERS) of the search SQL written to %s", explainFile);

            String report = report(count, loadSeconds, description, wrk.commandLine(duration), warmup, repeat,
                    results, Duration.between(began, Instant.now()), uptimeBefore);
            Path reportFile = work.resolve("report-" + began.toString().replace(':', '-') + ".md");
            Files.writeString(reportFile, report);
            writeCsv(work.resolve("runs.csv"), count, results);
            System.out.println(report);
            System.out.flush();
            Log.say("report written to %s", reportFile);
            if (hold > 0) {
                Log.say("holding the stack for %d s: psql 'postgresql://%s:%s@127.0.0.1:%d/%s'; service %s", hold,
                        Stack.DATABASE, Stack.DATABASE, stack.postgres().port(), Stack.DATABASE,
                        stack.serviceUrl());
                Thread.sleep(hold * 1000);
            }
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

    private static String report(int count, double loadSeconds, List<String> description, String command,
            String warmup, int repeat, Map<Scenarios.Scenario, List<Wrk.Result>> results, Duration took,
            String uptimeBefore) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### Registry search, %,d organisations%n%n", count));
        md.append("Measured ").append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .append(" with `").append(command).append("` after a ").append(warmup)
                .append(" warm-up, ").append(repeat).append(" runs per scenario. Each cell: median of the runs (min–max).")
                .append(String.format(Locale.ROOT, " Data loaded in %.0f s; whole run %d s.%n%n", loadSeconds,
                        took.toSeconds()));
        md.append("`uptime` before the servers started: `").append(uptimeBefore).append("`. The load average in the")
                .append(" table includes the benchmark's own processes (about 8 to 10 runnable at -c8).\n\n");
        md.append("| Scenario | p50 ms | p95 ms | p99 ms | req/s | load avg (1 min) before runs |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<Scenarios.Scenario, List<Wrk.Result>> entry : results.entrySet()) {
            List<Wrk.Result> runs = entry.getValue();
            md.append("| ").append(entry.getKey().key())
                    .append(" | ").append(Stats.cell(runs, Wrk.Result::p50, 2))
                    .append(" | ").append(Stats.cell(runs, Wrk.Result::p95, 2))
                    .append(" | ").append(Stats.cell(runs, Wrk.Result::p99, 2))
                    .append(" | ").append(Stats.cell(runs, Wrk.Result::rps, 0))
                    .append(" | ").append(Stats.range(runs, Wrk.Result::loadBefore))
                    .append(" |\n");
        }
        md.append("\nScenarios:\n");
        for (Scenarios.Scenario scenario : results.keySet()) {
            md.append("- `").append(scenario.key()).append("`: ").append(scenario.title()).append('\n');
        }
        md.append("\nData: ");
        md.append(String.join(" ", description)).append('\n');
        return md.toString();
    }

    private static void writeCsv(Path file, int count, Map<Scenarios.Scenario, List<Wrk.Result>> results) {
        List<String> rows = new ArrayList<>();
        String now = Instant.now().toString();
        results.forEach((scenario, runs) -> {
            for (int i = 0; i < runs.size(); i++) {
                Wrk.Result r = runs.get(i);
                rows.add(String.format(Locale.ROOT, "%s,%d,%s,%d,%.3f,%.3f,%.3f,%.3f,%.1f,%d,%.2f", now, count,
                        scenario.key(), i + 1, r.p50(), r.p95(), r.p99(), r.max(), r.rps(), r.requests(),
                        r.loadBefore()));
            }
        });
        Csv.append(file, "time,count,scenario,run,p50_ms,p95_ms,p99_ms,max_ms,rps,requests,load1_before", rows);
    }
}
