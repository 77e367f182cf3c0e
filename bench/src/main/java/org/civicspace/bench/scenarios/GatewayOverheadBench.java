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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.civicspace.bench.baselines.RawProxyServer;
import org.civicspace.bench.harness.Csv;
import org.civicspace.bench.harness.Log;
import org.civicspace.bench.harness.Settings;
import org.civicspace.bench.harness.Stack;
import org.civicspace.bench.harness.Stats;
import org.civicspace.bench.harness.Tokens;
import org.civicspace.bench.harness.Wrk;

/**
 * The gateway overhead benchmark: starts PostgreSQL, Kafka, Keycloak, registry-service and the gateway, loads
 * {@code count} organisations with SQL and measures {@code GET /api/v1/registry/organizations/{id}} of one active
 * organisation with wrk ({@code --latency}), directly on registry-service, through a raw Vert.x proxy
 * ({@link RawProxyServer}: the least any proxy adding one HTTP hop costs) and through the gateway, anonymously and
 * with a bearer token (which the gateway verifies before forwarding it, and the service verifies again). After one
 * warm-up per scenario, {@code BENCH_REPEAT} rounds run the eight scenarios in turn (direct, raw proxy, gateway; each
 * caller), so that a change of load on the machine touches every side alike. Prints a Markdown table of medians
 * with their min–max spread, and each proxy's cost: its throughput as a share of the direct one, and the p50 and
 * p99 it adds.
 *
 * <p>Usage: {@code GatewayOverheadBench <repository root> [count]} (default 1,000). Settings from the environment:
 * BENCH_THREADS (2), BENCH_CONNECTIONS (8), BENCH_DURATION (10s), BENCH_WARMUP (5s), BENCH_REPEAT (3),
 * BENCH_SERVICE_HEAP (512m), BENCH_GATEWAY_HEAP (512m), BENCH_PROFILE (services to record with JFR, comma-separated,
 * e.g. {@code gateway,registry-service}).
 */
public final class GatewayOverheadBench {

    /** The demo user and public client of the realm whose password grant gives the bearer tokens. */
    static final String CLIENT_ID = "civicspace-cli";
    static final String USER = "dgc-officer";
    static final String ACCEPT = "Accept: application/json";
    /** Rate limits of the gateway, raised so that they never trip during a run. */
    static final String NO_LIMIT = "10000000";
    /** Connections the raw proxy keeps to the service: the gateway's default pool (GatewayConfig.poolSize). */
    static final int PROXY_POOL_SIZE = 64;
    /** Time left on a token after a run at least, so that none expires while wrk sends it. */
    static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Where a request goes. */
    enum Route {
        DIRECT("direct"), PROXY("raw Vert.x proxy"), GATEWAY("gateway");

        final String label;

        Route(String label) {
            this.label = label;
        }
    }

    /** Who sends it. */
    enum Caller {
        ANONYMOUS("anonymous"), TOKEN("bearer token"),
        /** Anonymous, holding the current copy: {@code If-None-Match} with its ETag, answered 304. */
        REVALIDATING("anonymous, If-None-Match");

        final String label;

        Caller(String label) {
            this.label = label;
        }
    }

    /** One measured scenario: the same GET on one route, by one kind of caller. */
    record Scenario(Route route, Caller caller, String url, String entityTag) {

        String key() {
            return route.name().toLowerCase(Locale.ROOT) + "-" + caller.name().toLowerCase(Locale.ROOT);
        }

        String title() {
            return route.label + ", " + caller.label;
        }
    }

    private GatewayOverheadBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int count = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 1_000;
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
        Path work = Files.createDirectories(target.resolve("gateway-overhead"));
        Instant began = Instant.now();
        Log.say("gateway overhead benchmark: %,d organisations; wrk -t%d -c%d, warm-up %s per scenario, %d rounds "
                + "of 8 x %s", count, settings.threads(), settings.connections(), settings.warmup(),
                settings.repeat(), settings.duration());
        String uptimeBefore = Wrk.uptime();
        Log.say("load before start: %s", uptimeBefore);

        Stack stack = Stack.start(work, target.resolve("servers"), registryJar,
                root.resolve("deploy/keycloak/civicspace-realm.json"), serviceHeap);
        Thread stopper = new Thread(stack::close, "stop-bench-stack");
        Runtime.getRuntime().addShutdownHook(stopper);
        try (stack; Connection db = DriverManager.getConnection(stack.postgres().jdbcUrl(Stack.DATABASE),
                Stack.DATABASE, Stack.DATABASE)) {
            Map<String, String> gatewayEnvironment = gatewayEnvironment(stack);
            Stack.Service gateway = stack.startService("gateway", gatewayJar, gatewayHeap, gatewayEnvironment);

            Log.say("loading %,d organisations", count);
            OrganizationLoader loader = new OrganizationLoader(db);
            loader.load(count);
            loader.verify(count);
            List<String> active = loader.activeIds(1);
            if (active.isEmpty()) {
                throw new IllegalStateException("no active organisation among " + count);
            }
            String path = Scenarios.BASE + "/" + active.get(0);
            Stack.Service proxy = stack.startJvm("raw-proxy", RawProxyServer.class, gatewayHeap, path,
                    stack.serviceUrl(), Integer.toString(PROXY_POOL_SIZE));
            Log.say("measuring GET %s", path);

            String entityTag = get(stack.serviceUrl() + path, null).headers().firstValue("ETag").orElseThrow();
            List<Scenario> scenarios = new ArrayList<>();
            for (Caller caller : Caller.values()) {
                scenarios.add(new Scenario(Route.DIRECT, caller, stack.serviceUrl() + path, entityTag));
                if (caller != Caller.REVALIDATING) {
                    scenarios.add(new Scenario(Route.PROXY, caller, proxy.url() + path, entityTag));
                }
                scenarios.add(new Scenario(Route.GATEWAY, caller, gateway.url() + path, entityTag));
            }
            Tokens tokens = new Tokens(stack.keycloak().realmUrl(), CLIENT_ID, USER, USER);
            check(scenarios, tokens, settings);

            Map<Scenario, List<Wrk.Distribution>> results = new LinkedHashMap<>();
            Path rawFile = work.resolve("wrk-" + stamp(began) + ".txt");
            for (Scenario scenario : scenarios) {
                Wrk.Distribution warm = run(scenario, tokens, settings, settings.warmup());
                Log.say("%s: warm-up %s: %.0f req/s, p50 %.2f ms, p99 %.2f ms", scenario.key(), settings.warmup(),
                        warm.rps(), warm.p50(), warm.p99());
                results.put(scenario, new ArrayList<>());
            }
            for (int round = 1; round <= settings.repeat(); round++) {
                for (Scenario scenario : scenarios) {
                    Wrk.Distribution result = run(scenario, tokens, settings, settings.duration());
                    Files.writeString(rawFile, "### " + scenario.key() + ", round " + round + "\n" + result.output()
                            + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    if (result.non2xx() > 0 || result.socketErrors() > 0) {
                        throw new IllegalStateException(scenario.key() + ": " + result.non2xx()
                                + " answers of 400 or above, " + result.socketErrors() + " socket errors; see "
                                + stack.service().log() + ", " + proxy.process().log() + " and "
                                + gateway.process().log());
                    }
                    results.get(scenario).add(result);
                    Log.say("round %d, %s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, %.0f req/s (%d requests); "
                            + "before: %s", round, scenario.key(), result.p50(), result.p90(), result.p99(),
                            result.rps(), result.requests(), result.uptimeBefore());
                }
            }

            String command = Wrk.latencyCommandLine("<url>", List.of(ACCEPT), settings.threads(),
                    settings.connections(), settings.duration());
            String report = report(count, path, command, settings, results,
                    Duration.between(began, Instant.now()), uptimeBefore, serviceHeap, gatewayHeap);
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

    private static Map<String, String> gatewayEnvironment(Stack stack) {
        Map<String, String> environment = new HashMap<>();
        environment.put("CIVICSPACE_SERVICES_REGISTRY_URL", stack.serviceUrl());
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", stack.keycloak().realmUrl());
        environment.putAll(stack.kafkaEnvironment("gateway"));
        for (String limit : List.of("PER_IP_PER_SECOND", "PER_IP_BURST", "PER_CLIENT_PER_SECOND",
                "PER_CLIENT_BURST")) {
            environment.put("CIVICSPACE_GATEWAY_RATE_LIMITS_" + limit, NO_LIMIT);
        }
        return environment;
    }

    /** One wrk run of {@code scenario}; token runs get a fresh token, which outlives the run. */
    private static Wrk.Distribution run(Scenario scenario, Tokens tokens, Settings settings, String duration) {
        List<String> headers = new ArrayList<>(List.of(ACCEPT));
        if (scenario.caller() == Caller.TOKEN) {
            Tokens.Token token = tokens.fresh();
            if (token.remaining().compareTo(Duration.ofSeconds(Wrk.seconds(duration)).plus(TOKEN_MARGIN)) < 0) {
                throw new IllegalStateException("a run of " + duration + " outlasts the access token ("
                        + token.remaining().toSeconds() + " s left); shorten BENCH_DURATION or BENCH_WARMUP");
            }
            headers.add(token.header());
        }
        if (scenario.caller() == Caller.REVALIDATING) {
            headers.add("If-None-Match: " + scenario.entityTag());
        }
        return Wrk.latency(scenario.url(), headers, settings.threads(), settings.connections(), duration);
    }

    /**
     * Before measuring: each scenario answers 200, the gateway answers what the service answers, an invalid token
     * is refused by the gateway (so token runs do exercise its verification), and a run fits in a token's life.
     */
    private static void check(List<Scenario> scenarios, Tokens tokens, Settings settings) {
        Tokens.Token token = tokens.fresh();
        long runSeconds = Math.max(Wrk.seconds(settings.duration()), Wrk.seconds(settings.warmup()));
        if (token.remaining().minus(TOKEN_MARGIN).toSeconds() < runSeconds) {
            throw new IllegalStateException("access tokens of " + USER + " last " + token.remaining().toSeconds()
                    + " s: BENCH_DURATION and BENCH_WARMUP must stay below "
                    + token.remaining().minus(TOKEN_MARGIN).toSeconds() + " s");
        }
        Map<Caller, String> directBodies = new HashMap<>();
        for (Scenario scenario : scenarios) {
            if (scenario.caller() == Caller.REVALIDATING) {
                int status = get(scenario.url(), "If-None-Match: " + scenario.entityTag()).statusCode();
                if (status != 304) {
                    throw new IllegalStateException(scenario.key() + ": GET " + scenario.url() + " with If-None-Match "
                            + scenario.entityTag() + " answered " + status + ", not 304");
                }
                Log.say("%s: %s answers 304 to If-None-Match %s", scenario.key(), scenario.url(), scenario.entityTag());
                continue;
            }
            HttpResponse<String> response = get(scenario.url(),
                    scenario.caller() == Caller.TOKEN ? token.header() : null);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(scenario.key() + ": GET " + scenario.url() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            String body = response.body();
            String same = "";
            if (scenario.route() == Route.DIRECT) {
                directBodies.put(scenario.caller(), body);
            } else {
                same = Objects.equals(directBodies.get(scenario.caller()), body) ? ", the same as direct"
                        : ", DIFFERENT from direct";
            }
            Log.say("%s: %s answers 200, %d characters%s", scenario.key(), scenario.url(), body.length(), same);
        }
        Scenario gatewayToken = scenarios.stream()
                .filter(s -> s.route() == Route.GATEWAY && s.caller() == Caller.TOKEN).findFirst().orElseThrow();
        int refused = get(gatewayToken.url(), "Authorization: Bearer not-a-token").statusCode();
        if (refused != 401) {
            throw new IllegalStateException("the gateway answered " + refused + " to an invalid token, not 401");
        }
        Log.say("gateway refuses an invalid token with 401; tokens of %s last %d s", USER,
                token.remaining().toSeconds());
    }

    private static HttpResponse<String> get(String url, String header) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
        if (header != null) {
            String[] nameValue = header.split(": ", 2);
            request.header(nameValue[0], nameValue[1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String report(int count, String path, String command, Settings settings,
            Map<Scenario, List<Wrk.Distribution>> results, Duration took, String uptimeBefore, String serviceHeap,
            String gatewayHeap) {
        StringBuilder md = new StringBuilder();
        md.append("### Gateway overhead: GET ").append(Scenarios.BASE).append("/{id}\n\n");
        md.append("Measured ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" with `")
                .append(command).append("`, the URL being registry-service's (direct), the raw proxy's")
                .append(" (`RawProxyServer`: Vert.x core's HTTP server and pooled client forwarding every request,")
                .append(" nothing else) or the gateway's;")
                .append(" bearer-token")
                .append(" runs add `-H 'Authorization: Bearer ...'` with a fresh token of `").append(USER)
                .append("` (password grant of `").append(CLIENT_ID).append("`) per run. One ")
                .append(settings.warmup()).append(" warm-up per scenario, then ").append(settings.repeat())
                .append(" rounds running the scenarios in turn (direct, raw proxy, gateway; anonymous, then with a")
                .append(" token; then direct and gateway anonymously with `If-None-Match` naming the current ETag,")
                .append(" answered 304).")
                .append(" Each cell: median of the runs (min–max).")
                .append(String.format(Locale.ROOT, " Registry of %,d organisations; the organisation read is `%s`;"
                        + " heaps: registry-service %s, gateway %s; whole run %d s.%n%n", count, path, serviceHeap,
                        gatewayHeap, took.toSeconds()));
        md.append("| Scenario | req/s | p50 ms | p99 ms | of direct req/s | added p50 ms | added p99 ms |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<Scenario, List<Wrk.Distribution>> entry : results.entrySet()) {
            Scenario scenario = entry.getKey();
            List<Wrk.Distribution> runs = entry.getValue();
            md.append("| ").append(scenario.title())
                    .append(" | ").append(Stats.cell(runs, Wrk.Distribution::rps, 0))
                    .append(" | ").append(Stats.cell(runs, Wrk.Distribution::p50, 2))
                    .append(" | ").append(Stats.cell(runs, Wrk.Distribution::p99, 2));
            if (scenario.route() != Route.DIRECT) {
                List<Wrk.Distribution> direct = results.entrySet().stream()
                        .filter(e -> e.getKey().route() == Route.DIRECT && e.getKey().caller() == scenario.caller())
                        .findFirst().orElseThrow().getValue();
                md.append(String.format(Locale.ROOT, " | %.2f | %+.2f | %+.2f |%n",
                        Stats.median(runs, Wrk.Distribution::rps) / Stats.median(direct, Wrk.Distribution::rps),
                        Stats.median(runs, Wrk.Distribution::p50) - Stats.median(direct, Wrk.Distribution::p50),
                        Stats.median(runs, Wrk.Distribution::p99) - Stats.median(direct, Wrk.Distribution::p99)));
            } else {
                md.append(" | | | |\n");
            }
        }
        List<Wrk.Distribution> all = results.values().stream().flatMap(List::stream).toList();
        md.append("\nThe last three columns compare the medians of the raw proxy's and the gateway's runs with those")
                .append(" of the direct runs of the same caller; the raw proxy's row is the least any proxy adding one")
                .append(" HTTP hop costs here. wrk, the proxies and registry-service share the machine's cores, so a")
                .append(" proxy's cost includes the CPU it takes from the service. `uptime` before the servers")
                .append(" started: `").append(uptimeBefore).append("`; load average (1 min) before the runs: ")
                .append(Stats.range(all, Wrk.Distribution::loadBefore))
                .append(" (includes the benchmark's own processes).\n");
        return md.toString();
    }

    private static void writeCsv(Path file, int count, Map<Scenario, List<Wrk.Distribution>> results) {
        List<String> rows = new ArrayList<>();
        String now = Instant.now().toString();
        results.forEach((scenario, runs) -> {
            for (int i = 0; i < runs.size(); i++) {
                Wrk.Distribution r = runs.get(i);
                rows.add(String.format(Locale.ROOT, "%s,%d,%s,%s,%s,%d,%.3f,%.3f,%.3f,%.3f,%.3f,%.1f,%d,%.2f",
                        now, count, scenario.key(), scenario.route().label,
                        scenario.caller().name().toLowerCase(Locale.ROOT), i + 1, r.p50(), r.p75(), r.p90(),
                        r.p99(), r.max(), r.rps(), r.requests(), r.loadBefore()));
            }
        });
        Csv.append(file, "time,count,scenario,route,caller,round,p50_ms,p75_ms,p90_ms,p99_ms,max_ms,rps,requests,"
                + "load1_before", rows);
    }

    private static String stamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-');
    }
}
