package org.civicspace.bench.scenarios;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.civicspace.bench.harness.Csv;
import org.civicspace.bench.harness.Log;
import org.civicspace.bench.harness.ProcessMemory;
import org.civicspace.bench.harness.Settings;
import org.civicspace.bench.harness.Stack;
import org.civicspace.bench.harness.Stats;
import org.civicspace.bench.harness.Tokens;
import org.civicspace.bench.harness.Wrk;
import org.civicspace.servers.Ports;
import org.civicspace.servers.PostgresServer;
import org.civicspace.servers.ServerProcess;

/**
 * The footprint benchmark: how long each service takes from the start of its process to its first answer, and how
 * much memory it holds after that first request; then the same for the whole local stack.
 *
 * <p>Services: with PostgreSQL, Kafka, Keycloak and a registry-service (for the gateway to route to) up
 * ({@link Stack}), starts each service jar of {@code deploy/stack.properties} as the launcher does (the same
 * environment and {@code -Xmx256m}; a fresh, empty database each time, so Flyway creates the schema; no demo data),
 * polls one real API GET every {@value #POLL_MILLIS} ms from the moment the process is started until it answers
 * 200, and then reads the JVM's VmRSS and Pss from /proc. A fresh process each of {@code BENCH_REPEAT} rounds.
 *
 * <p>The whole stack: runs the launcher as {@code ./civicspace start} does (without its build), with its data in
 * {@code bench/target/footprint/stack-data} and every port free, and polls the same GET through the gateway until it
 * answers 200; then sums VmRSS and Pss over every process of the stack: the launcher, its watchdog shells, the
 * services, Kafka, Keycloak, and PostgreSQL's server and backends (which run detached from the launcher, found from
 * {@code postmaster.pid}). A "first start" on an empty data directory (PostgreSQL's initdb, Keycloak unpacked and its
 * realm imported, every schema created, demo data loaded), then a "restart" on the data it left, each round.
 *
 * <p>Usage: {@code FootprintBench <repository root>}. Settings from the environment: BENCH_REPEAT (3),
 * BENCH_SERVICE_HEAP (256m, the launcher's), BENCH_FOOTPRINT_SERVICES (every service of stack.properties;
 * {@code none} skips them), BENCH_STACK_STARTS ({@code first,restart}; {@code none} skips the whole stack).
 */
public final class FootprintBench {

    static final int POLL_MILLIS = 50;
    static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    static final Duration STACK_TIMEOUT = Duration.ofMinutes(10);
    /** A database name of its own for the measured services, apart from the one the helper registry-service uses. */
    static final String DATABASE_SUFFIX = "_footprint";
    /** The users whose tokens the requests that need one carry (password grant of the CLI client; see the realm). */
    static final String CLIENT_ID = "civicspace-cli";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The first request of each service: a real API GET that reads its database; {@code user} is who sends it
     * ({@code null}: anonymously). The gateway's goes through it to registry-service.
     */
    record FirstRequest(String path, String user) {
    }

    static final Map<String, FirstRequest> FIRST_REQUESTS = Map.of(
            "registry", new FirstRequest("/api/v1/registry/organizations?limit=1", null),
            "accreditation", new FirstRequest("/api/v1/accreditation/sessions", null),
            "events", new FirstRequest("/api/v1/events/events?limit=1", null),
            "reprisals", new FirstRequest("/api/v1/reprisals/statistics?by=COUNTRY", "dashboard"),
            "gateway", new FirstRequest("/api/v1/registry/organizations?limit=1", null));

    /** A service of {@code deploy/stack.properties}. */
    record ServiceSpec(String name, Path module, String database, Map<String, String> environment,
            List<String> generatedSecrets) {

        Path jar() {
            return module.resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    /** One measured start: seconds from the process's start to the first 200, and memory after it. */
    record Start(String name, int round, double seconds, ProcessMemory.Total memory, double loadAfter) {
    }

    private FootprintBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int repeat = Integer.parseInt(Settings.env("BENCH_REPEAT", "3"));
        String heap = Settings.env("BENCH_SERVICE_HEAP", "256m");
        List<ServiceSpec> all = services(root);
        List<String> selected = list(Settings.env("BENCH_FOOTPRINT_SERVICES",
                String.join(",", all.stream().map(ServiceSpec::name).toList()))).stream()
                .filter(name -> !name.equals("none")).toList();
        List<ServiceSpec> measured = all.stream().filter(s -> selected.contains(s.name())).toList();
        List<String> stackStarts = list(Settings.env("BENCH_STACK_STARTS", "first,restart")).stream()
                .filter(kind -> !kind.equals("none")).toList();
        if (repeat < 1 || !List.of("first", "restart").containsAll(stackStarts)) {
            throw new IllegalArgumentException("BENCH_REPEAT >= 1 and BENCH_STACK_STARTS of first, restart or none");
        }
        for (ServiceSpec service : measured) {
            if (!FIRST_REQUESTS.containsKey(service.name()) || !Files.isRegularFile(service.jar())) {
                throw new IllegalStateException(service.jar() + " missing, or no first request known for "
                        + service.name());
            }
        }
        Path target = root.resolve("bench/target");
        Path work = Files.createDirectories(target.resolve("footprint"));
        Instant began = Instant.now();
        String uptimeBefore = Wrk.uptime();
        Log.say("footprint benchmark: %s, %d rounds, -Xmx%s; whole stack: %s", selected, repeat, heap, stackStarts);
        Log.say("load before start: %s", uptimeBefore);

        Map<String, List<Start>> serviceStarts = new LinkedHashMap<>();
        if (!measured.isEmpty()) {
            Stack stack = Stack.start(work, target.resolve("servers"),
                    root.resolve("registry-service/target/quarkus-app/quarkus-run.jar"),
                    root.resolve("deploy/keycloak/civicspace-realm.json"), heap);
            Thread stopper = new Thread(stack::close, "stop-bench-stack");
            Runtime.getRuntime().addShutdownHook(stopper);
            try (stack) {
                for (int round = 1; round <= repeat; round++) {
                    for (ServiceSpec service : measured) {
                        Start start = startService(service, round, stack, heap, work);
                        serviceStarts.computeIfAbsent(service.name(), name -> new ArrayList<>()).add(start);
                    }
                }
            } finally {
                removeHook(stopper);
            }
        }

        Map<String, List<Start>> stackRuns = new LinkedHashMap<>();
        Map<String, Long> lastBreakdown = Map.of();
        for (int round = 1; round <= repeat && !stackStarts.isEmpty(); round++) {
            Path data = work.resolve("stack-data");
            deleteRecursively(data);
            Map<String, String> environment = stackEnvironment(data);
            for (String kind : List.of("first", "restart")) {
                Start start = startStack(root, kind, round, environment, work);
                if (stackStarts.contains(kind)) {
                    stackRuns.computeIfAbsent(kind, k -> new ArrayList<>()).add(start);
                    lastBreakdown = start.memory().rssKbByLabel();
                }
                if (!stackStarts.contains("restart")) {
                    break;
                }
            }
        }

        String report = report(heap, repeat, serviceStarts, stackRuns, lastBreakdown,
                Duration.between(began, Instant.now()), uptimeBefore);
        Path reportFile = work.resolve("report-" + began.truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-')
                + ".md");
        Files.writeString(reportFile, report);
        writeCsv(work.resolve("runs.csv"), serviceStarts, stackRuns);
        System.out.println(report);
        System.out.flush();
        Log.say("report written to %s; runs appended to %s", reportFile, work.resolve("runs.csv"));
        Log.say("done in %d s", Duration.between(began, Instant.now()).toSeconds());
    }

    /** One start of a service on a fresh database, to its first 200 on the first request; then it is stopped. */
    private static Start startService(ServiceSpec service, int round, Stack stack, String heap, Path work) {
        FirstRequest first = FIRST_REQUESTS.get(service.name());
        Map<String, String> environment = serviceEnvironment(service, stack);
        if (service.database() != null) {
            String database = service.database() + DATABASE_SUFFIX;
            dropDatabase(stack.postgres(), database);
            stack.postgres().createDatabase(database, database);
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", stack.postgres().jdbcUrl(database));
            environment.put("QUARKUS_DATASOURCE_USERNAME", database);
            environment.put("QUARKUS_DATASOURCE_PASSWORD", database);
        }
        int port = Ports.free();
        environment.put("QUARKUS_HTTP_HOST", Ports.LOOPBACK);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        String url = "http://" + Ports.LOOPBACK + ":" + port + first.path();
        // the token is asked for before the clock starts
        String authorization = first.user() == null ? null
                : new Tokens(stack.keycloak().realmUrl(), CLIENT_ID, first.user(), first.user()).fresh().header();
        long started = System.nanoTime();
        ServerProcess process = ServerProcess.start(service.name() + "-footprint",
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-jar",
                        service.jar().toString()),
                environment, service.module(), work.resolve(service.name() + ".log"));
        try {
            double seconds = awaitFirstAnswer(process, url, authorization, started, START_TIMEOUT);
            // the watchdog's children: the JVM, and the sleep of its wait loop
            ProcessHandle java = ProcessHandle.of(process.pid()).orElseThrow().children()
                    .filter(child -> child.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(service.name() + " has no process under its "
                            + "watchdog"));
            ProcessMemory.Total memory = ProcessMemory.total(ProcessMemory.of(java.pid()).stream().toList());
            Log.say("round %d, %s: first answer of GET %s after %.2f s; RSS %.0f MiB, PSS %.0f MiB (pid %d)", round,
                    service.name(), first.path(), seconds, memory.rssMib(), memory.pssMib(), java.pid());
            return new Start(service.name(), round, seconds, memory, Wrk.loadAverage());
        } finally {
            process.close();
        }
    }

    /** The environment Launcher.startService gives a service, but for its database (set by the caller). */
    private static Map<String, String> serviceEnvironment(ServiceSpec service, Stack stack) {
        Map<String, String> environment = new HashMap<>();
        environment.putAll(stack.kafkaEnvironment(service.module().getFileName().toString()));
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", stack.keycloak().realmUrl());
        environment.put("CIVICSPACE_CLIENT_SECRET", service.module().getFileName() + "-local-secret");
        environment.put("CIVICSPACE_DEMO_DATA", "false");
        // only the gateway calls other services; it reaches the registry-service of the Stack
        environment.put("CIVICSPACE_SERVICES_REGISTRY_URL", stack.serviceUrl());
        environment.putAll(service.environment());
        for (String secret : service.generatedSecrets()) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            environment.put(secret, Base64.getEncoder().encodeToString(key));
        }
        return environment;
    }

    /** The launcher's environment: its data directory and a free port for every server. */
    private static Map<String, String> stackEnvironment(Path data) {
        Map<String, String> environment = new HashMap<>();
        environment.put("CIVICSPACE_DATA", data.toString());
        for (String server : List.of("POSTGRES", "KAFKA", "KAFKA_CONTROLLER", "KEYCLOAK", "REGISTRY", "ACCREDITATION",
                "EVENTS", "REPRISALS", "GATEWAY")) {
            environment.put("CIVICSPACE_" + server + "_PORT", Integer.toString(Ports.free()));
        }
        return environment;
    }

    /**
     * One start of the whole stack by the launcher (the command {@code ./civicspace start} execs after its build) to
     * the gateway's first 200; the memory of all its processes; then the launcher is stopped, which stops the rest.
     */
    private static Start startStack(Path root, String kind, int round, Map<String, String> environment, Path work)
            throws IOException {
        Path launcherJar = root.resolve("deploy/launcher/target/launcher-0.1.0-SNAPSHOT.jar");
        Path classpathFile = root.resolve("deploy/launcher/target/launcher.classpath");
        if (!Files.isRegularFile(launcherJar) || !Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException(launcherJar + " or " + classpathFile + " missing: build deploy/launcher");
        }
        String classpath = launcherJar + ":" + Files.readString(classpathFile).trim();
        String url = "http://" + Ports.LOOPBACK + ":" + environment.get("CIVICSPACE_GATEWAY_PORT")
                + FIRST_REQUESTS.get("gateway").path();
        Path data = Path.of(environment.get("CIVICSPACE_DATA"));
        Log.say("round %d, whole stack, %s (data in %s)", round, title(kind), data);
        long started = System.nanoTime();
        ServerProcess launcher = ServerProcess.start("launcher",
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                        "org.civicspace.launcher.Launcher", root.toString()),
                environment, root, work.resolve("launcher.log"));
        Long postmaster = null;
        try {
            double seconds = awaitFirstAnswer(launcher, url, null, started, STACK_TIMEOUT);
            postmaster = postmaster(data);
            List<ProcessMemory.Sample> samples = new ArrayList<>(ProcessMemory.tree(launcher.pid()));
            samples.addAll(ProcessMemory.tree(postmaster));
            ProcessMemory.Total memory = ProcessMemory.total(samples);
            Log.say("round %d, whole stack, %s: gateway's first answer after %.1f s; %d processes, RSS %.0f "
                    + "MiB, PSS %.0f MiB; RSS by process kind (MiB): %s", round, title(kind), seconds,
                    memory.processes(), memory.rssMib(), memory.pssMib(), mib(memory.rssKbByLabel()));
            return new Start(kind, round, seconds, memory, Wrk.loadAverage());
        } finally {
            launcher.close();
            stopLeftPostgres(postmaster != null ? postmaster : postmasterOrNull(data));
        }
    }

    /** Polls {@code url} until it answers 200: the seconds since {@code started}; fails if the process exits. */
    private static double awaitFirstAnswer(ServerProcess process, String url, String authorization, long started,
            Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(5));
        if (authorization != null) {
            String[] nameValue = authorization.split(": ", 2);
            request.header(nameValue[0], nameValue[1]);
        }
        HttpRequest get = request.build();
        long deadline = started + timeout.toNanos();
        int lastStatus = 0;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(url + ": the process exited before answering; see " + process.log());
            }
            try {
                lastStatus = HTTP.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (lastStatus == 200) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException(url + " did not answer 200 within " + timeout + " (last status " + lastStatus
                + "); see " + process.log());
    }

    private static long postmaster(Path data) {
        Long pid = postmasterOrNull(data);
        if (pid == null) {
            throw new IllegalStateException("no running PostgreSQL in " + data.resolve("postgres"));
        }
        return pid;
    }

    /** PostgreSQL's server process, from the first line of its postmaster.pid, if it runs. */
    private static Long postmasterOrNull(Path data) {
        Path pidFile = data.resolve("postgres/postmaster.pid");
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).isPresent() ? pid : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The launcher stops PostgreSQL last; if it was killed before (its stop took longer than ServerProcess waits),
     * stop the server it left, which runs detached from it, by its own process id.
     */
    private static void stopLeftPostgres(Long pid) {
        if (pid == null) {
            return;
        }
        ProcessHandle.of(pid).ifPresent(server -> {
            Log.say("stopping PostgreSQL %d left by the launcher", pid);
            server.destroy();
            server.onExit().completeOnTimeout(server, 30, TimeUnit.SECONDS).join();
        });
    }

    private static void dropDatabase(PostgresServer postgres, String database) {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"),
                PostgresServer.SUPERUSER, PostgresServer.SUPERUSER);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + database + ": " + e.getMessage(), e);
        }
    }

    /** The services of {@code deploy/stack.properties}, read as StackSettings reads them. */
    static List<ServiceSpec> services(Path root) {
        Properties stack = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve("deploy/stack.properties"))) {
            stack.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read deploy/stack.properties", e);
        }
        return list(stack.getProperty("services", "")).stream().map(name -> {
            String prefix = name + ".env.";
            Map<String, String> environment = new HashMap<>();
            stack.stringPropertyNames().stream().filter(key -> key.startsWith(prefix))
                    .forEach(key -> environment.put(key.substring(prefix.length()), stack.getProperty(key)));
            return new ServiceSpec(name, root.resolve(stack.getProperty(name + ".module")),
                    stack.getProperty(name + ".database"), environment,
                    list(stack.getProperty(name + ".generated-secrets", "")));
        }).toList();
    }

    private static String report(String heap, int repeat, Map<String, List<Start>> services,
            Map<String, List<Start>> stack, Map<String, Long> breakdown, Duration took, String uptimeBefore) {
        StringBuilder md = new StringBuilder();
        md.append("### Footprint: start-up time to the first answer, and memory after it\n\n");
        md.append("Measured ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(", ").append(repeat)
                .append(" round(s), a fresh process each. Each cell: median of the rounds (min–max). Whole run ")
                .append(took.toSeconds()).append(" s; `uptime` before it: `").append(uptimeBefore).append("`.\n\n");
        if (!services.isEmpty()) {
            md.append("Each service started as the launcher starts it (`java -Xmx").append(heap)
                    .append(" -jar <module>/target/quarkus-app/quarkus-run.jar`, on a fresh empty database, no demo")
                    .append(" data), with PostgreSQL, Kafka and Keycloak already up; time from the process's start to")
                    .append(" the first 200 on its first request (polled every ").append(POLL_MILLIS)
                    .append(" ms), then the JVM's VmRSS and Pss.\n\n");
            md.append("| Service | first request | start to first answer s | RSS MiB | PSS MiB |\n");
            md.append("|---|---|---:|---:|---:|\n");
            services.forEach((name, runs) -> {
                FirstRequest first = FIRST_REQUESTS.get(name);
                md.append("| ").append(name).append(" | `GET ").append(first.path()).append('`')
                        .append(first.user() == null ? "" : " (token of `" + first.user() + "`)")
                        .append(" | ").append(Stats.cell(runs, Start::seconds, 2))
                        .append(" | ").append(Stats.cell(runs, s -> s.memory().rssMib(), 0))
                        .append(" | ").append(Stats.cell(runs, s -> s.memory().pssMib(), 0)).append(" |\n");
            });
            md.append('\n');
        }
        if (!stack.isEmpty()) {
            md.append("The whole local stack, started by the launcher as `./civicspace start` does after its build")
                    .append(" (services `-Xmx256m`, Kafka `-Xmx512m`); time from the launcher's start to the")
                    .append(" gateway's first 200 on `GET ").append(FIRST_REQUESTS.get("gateway").path())
                    .append("`, then the sum over every process of the stack (the launcher and its watchdog shells,")
                    .append(" the services, Kafka, Keycloak, PostgreSQL's server and backends). A first start is on")
                    .append(" an empty data directory; a restart on the data the first start left.\n\n");
            md.append("| Stack start | to the gateway's first answer s | processes | RSS sum MiB | PSS sum MiB |\n");
            md.append("|---|---:|---:|---:|---:|\n");
            stack.forEach((kind, runs) -> md.append("| ").append(title(kind))
                    .append(" | ").append(Stats.cell(runs, Start::seconds, 1))
                    .append(" | ").append(Stats.cell(runs, s -> s.memory().processes(), 0))
                    .append(" | ").append(Stats.cell(runs, s -> s.memory().rssMib(), 0))
                    .append(" | ").append(Stats.cell(runs, s -> s.memory().pssMib(), 0)).append(" |\n"));
            md.append("\nRSS by kind of process in the last stack start measured (MiB): ").append(mib(breakdown))
                    .append(". RSS counts a page shared by several processes (PostgreSQL's shared buffers, shared")
                    .append(" libraries) once in each; PSS divides it among them, so the PSS sum is the stack's own")
                    .append(" share of memory.\n");
        }
        return md.toString();
    }

    /** How a report names a kind of stack start. */
    private static String title(String kind) {
        return kind.equals("first") ? "first start" : kind;
    }

    private static String mib(Map<String, Long> kbByLabel) {
        return String.join(", ", kbByLabel.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue() / 1024.0)).toList());
    }

    private static void writeCsv(Path file, Map<String, List<Start>> services, Map<String, List<Start>> stack) {
        List<String> rows = new ArrayList<>();
        String now = Instant.now().toString();
        services.values().stream().flatMap(List::stream).forEach(s -> rows.add(row(now, "service", s)));
        stack.values().stream().flatMap(List::stream).forEach(s -> rows.add(row(now, "stack", s)));
        Csv.append(file, "time,kind,name,round,seconds,processes,rss_kb,pss_kb,load1_after", rows);
    }

    private static String row(String now, String kind, Start start) {
        return String.format(Locale.ROOT, "%s,%s,%s,%d,%.3f,%d,%d,%d,%.2f", now, kind, start.name(), start.round(),
                start.seconds(), start.memory().processes(), start.memory().rssKb(), start.memory().pssKb(),
                start.loadAfter());
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
