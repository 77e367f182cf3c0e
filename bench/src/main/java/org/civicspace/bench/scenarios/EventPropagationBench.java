package org.civicspace.bench.scenarios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.civicspace.bench.harness.Log;
import org.civicspace.bench.harness.Settings;
import org.civicspace.bench.harness.Stack;
import org.civicspace.bench.harness.Stats;
import org.civicspace.bench.harness.Wrk;

/**
 * Event propagation: from the commit of an accreditation decision to the registry's updated summary. Starts
 * PostgreSQL, Kafka, Keycloak, registry-service and accreditation-service, loads organisations into the registry,
 * then commits "DGC association granted" events into accreditation-service's outbox at a steady rate, one
 * transaction each, exactly as the service's decision commits them (the same table, topic, type, source and
 * payload; the outbox trigger's NOTIFY wakes the relay, as for a decision committed by another replica). The relay
 * publishes them to Kafka; registry-service consumes them (inbox, summary update, its own outbox event). A trigger
 * that the benchmark adds to its registry database records when each organisation's summary changed; the latency
 * of an event is that moment minus its outbox row's commit time ({@code created_at}, the same PostgreSQL clock).
 *
 * <p>Usage: {@code EventPropagationBench <repository root>}. Settings from the environment: BENCH_RATE (events per
 * second, 1000), BENCH_DURATION (10s, one measured run), BENCH_WARMUP (5s), BENCH_REPEAT (3), BENCH_SERVICE_HEAP
 * (512m, each service).
 */
public final class EventPropagationBench {

    static final String ACCREDITATION = "accreditation";
    static final String TOPIC = "accreditation.accreditations";
    static final String GRANTED = "org.civicspace.accreditation.accreditation.granted.v1";
    static final String SOURCE = "/civicspace/accreditation";
    /** Connections committing events in parallel, so that one slow commit does not hold back the rate. */
    static final int WRITERS = 4;
    static final Duration CATCH_UP = Duration.ofMinutes(2);

    /** One run: the latencies of the events it committed, sorted, in milliseconds, and the rate it achieved. */
    record Run(String label, double[] latencies, double[] relayLatencies, double[] consumerLatencies, int committed,
            int applied, double achievedRate) {

        double percentile(double p) {
            return percentile(latencies, p);
        }

        /** The relay's share: from the commit to the claim of the batch whose publication Kafka acknowledged. */
        double relayP50() {
            return percentile(relayLatencies, 50);
        }

        double relayP99() {
            return percentile(relayLatencies, 99);
        }

        /** Up to the consumer's share: from the commit to the start of the registry transaction that applied it. */
        double consumerP50() {
            return percentile(consumerLatencies, 50);
        }

        double consumerP99() {
            return percentile(consumerLatencies, 99);
        }

        private static double percentile(double[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        double p50() {
            return percentile(50);
        }

        double p99() {
            return percentile(99);
        }

        double max() {
            return latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1];
        }
    }

    private EventPropagationBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int rate = Integer.parseInt(Settings.env("BENCH_RATE", "1000"));
        long duration = Wrk.seconds(Settings.env("BENCH_DURATION", "10s"));
        long warmup = Wrk.seconds(Settings.env("BENCH_WARMUP", "5s"));
        int repeat = Integer.parseInt(Settings.env("BENCH_REPEAT", "3"));
        String heap = Settings.env("BENCH_SERVICE_HEAP", "512m");
        if (rate < 1 || duration < 1 || repeat < 1) {
            throw new IllegalArgumentException("BENCH_RATE, BENCH_DURATION and BENCH_REPEAT must be positive");
        }
        int organizations = (int) (rate * (warmup + duration * repeat) * 1.2) + 1000;

        Path registryJar = root.resolve("registry-service/target/quarkus-app/quarkus-run.jar");
        Path accreditationJar = root.resolve("accreditation-service/target/quarkus-app/quarkus-run.jar");
        Path target = root.resolve("bench/target");
        Path work = Files.createDirectories(target.resolve("event-propagation"));
        Instant began = Instant.now();
        Log.say("event propagation benchmark: %d events/s, warm-up %d s, %d runs of %d s; %,d organisations", rate,
                warmup, repeat, duration, organizations);
        String uptimeBefore = Wrk.uptime();
        Log.say("load before start: %s", uptimeBefore);

        Stack stack = Stack.start(work, target.resolve("servers"), registryJar,
                root.resolve("deploy/keycloak/civicspace-realm.json"), heap);
        Thread stopper = new Thread(stack::close, "stop-bench-stack");
        Runtime.getRuntime().addShutdownHook(stopper);
        try (stack; Connection registry = DriverManager.getConnection(stack.postgres().jdbcUrl(Stack.DATABASE),
                Stack.DATABASE, Stack.DATABASE)) {
            stack.postgres().createDatabase(ACCREDITATION, ACCREDITATION);
            Map<String, String> environment = new HashMap<>();
            environment.putAll(stack.kafkaEnvironment("accreditation-service"));
            environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", stack.keycloak().realmUrl());
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", stack.postgres().jdbcUrl(ACCREDITATION));
            environment.put("QUARKUS_DATASOURCE_USERNAME", ACCREDITATION);
            environment.put("QUARKUS_DATASOURCE_PASSWORD", ACCREDITATION);
            environment.put("CIVICSPACE_DEMO_DATA", "false");
            environment.put("CIVICSPACE_CLIENT_SECRET", "accreditation-service-local-secret");
            stack.startService("accreditation-service", accreditationJar, heap, environment);

            Log.say("loading %,d organisations into the registry", organizations);
            OrganizationLoader loader = new OrganizationLoader(registry);
            loader.load(organizations);
            recordSummaryChanges(registry);
            List<String> ids = notAssociated(registry);
            Log.say("%,d organisations without DGC association to grant it to", ids.size());

            try (Connection accreditation = DriverManager.getConnection(
                    stack.postgres().jdbcUrl(ACCREDITATION), ACCREDITATION, ACCREDITATION)) {
                AtomicInteger next = new AtomicInteger();
                Run warm = run("warm-up", stack, registry, accreditation, ids, next, rate, warmup);
                Log.say("warm-up: p50 %.1f ms, p99 %.1f ms, %d of %d applied", warm.p50(), warm.p99(),
                        warm.applied(), warm.committed());
                List<Run> runs = new ArrayList<>();
                for (int i = 1; i <= repeat; i++) {
                    Run measured = run("run " + i, stack, registry, accreditation, ids, next, rate, duration);
                    runs.add(measured);
                    Log.say("run %d: p50 %.1f ms, p99 %.1f ms, max %.1f ms (relay p50 %.1f, p99 %.1f; consumer start "
                            + "p50 %.1f, p99 %.1f), %d of %d applied, %.0f events/s committed", i, measured.p50(),
                            measured.p99(), measured.max(), measured.relayP50(), measured.relayP99(),
                            measured.consumerP50(), measured.consumerP99(), measured.applied(), measured.committed(),
                            measured.achievedRate());
                }
                String report = report(rate, duration, repeat, runs, uptimeBefore, heap,
                        Duration.between(began, Instant.now()));
                String stamp = began.truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "");
                Path reportFile = work.resolve("report-" + stamp + ".md");
                Files.writeString(reportFile, report);
                Path csv = work.resolve("runs.csv");
                if (!Files.exists(csv)) {
                    Files.writeString(csv, "started,rate,run,committed,applied,achieved_rate,p50_ms,p99_ms,max_ms\n");
                }
                for (Run r : runs) {
                    Files.writeString(csv, String.format(Locale.ROOT, "%s,%d,%s,%d,%d,%.1f,%.2f,%.2f,%.2f%n", began,
                            rate, r.label(), r.committed(), r.applied(), r.achievedRate(), r.p50(), r.p99(),
                            r.max()), StandardOpenOption.APPEND);
                }
                System.out.println(report);
                System.out.flush();
                Log.say("report written to %s; runs appended to %s", reportFile, csv);
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

    /**
     * A benchmark-only table and trigger in the registry's database (never in the service's migrations): the
     * moment each organisation's DGC association was set, by the consumer's transaction.
     */
    private static void recordSummaryChanges(Connection registry) throws SQLException {
        try (Statement statement = registry.createStatement()) {
            statement.execute("""
                    CREATE TABLE bench_summary_changed (
                        organization_id UUID PRIMARY KEY,
                        changed_at      TIMESTAMPTZ NOT NULL)""");
            statement.execute("""
                    CREATE FUNCTION bench_record_summary_change() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        INSERT INTO bench_summary_changed VALUES (NEW.id, clock_timestamp()) ON CONFLICT DO NOTHING;
                        RETURN NULL;
                    END $$""");
            statement.execute("""
                    CREATE TRIGGER bench_summary_changed AFTER UPDATE OF dgc_associated_since ON organization
                    FOR EACH ROW WHEN (OLD.dgc_associated_since IS NULL AND NEW.dgc_associated_since IS NOT NULL)
                    EXECUTE FUNCTION bench_record_summary_change()""");
        }
    }

    private static List<String> notAssociated(Connection registry) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement statement = registry.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT id FROM organization WHERE dgc_associated_since IS NULL ORDER BY md5(id::text)")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /**
     * Commits {@code rate} events per second for {@code seconds}, one per organisation, each in a transaction of
     * its own, from {@link #WRITERS} connections; then waits until the registry applied them all (or
     * {@link #CATCH_UP} passed) and measures each event's latency.
     */
    private static Run run(String label, Stack stack, Connection registry, Connection accreditation,
            List<String> ids, AtomicInteger next, int rate, long seconds) throws Exception {
        int events = (int) (rate * seconds);
        if (next.get() + events > ids.size()) {
            throw new IllegalStateException("not enough organisations left for " + label);
        }
        List<String> batch = ids.subList(next.get(), next.get() + events);
        next.addAndGet(events);
        long intervalNanos = 1_000_000_000L * WRITERS / rate;
        Instant started = Instant.now();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    commitEvents(stack, batch, writer, intervalNanos);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdown();
        }
        double achieved = events / (Duration.between(started, Instant.now()).toNanos() / 1e9);

        Instant deadline = Instant.now().plus(CATCH_UP);
        int applied = applied(registry, batch);
        while (applied < events && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            applied = applied(registry, batch);
        }
        if (applied < events) {
            Log.say("%s: only %d of %d events applied after %s; see %s", label, applied, events, CATCH_UP,
                    stack.service().log());
        }
        return new Run(label, latencies(registry, accreditation, batch), relayLatencies(accreditation, batch),
                consumerLatencies(registry, accreditation, batch), events, applied, achieved);
    }

    /** Writer {@code writer} commits every {@link #WRITERS}-th event of the batch, on its own schedule. */
    private static void commitEvents(Stack stack, List<String> batch, int writer, long intervalNanos)
            throws SQLException, InterruptedException {
        try (Connection connection = DriverManager.getConnection(stack.postgres().jdbcUrl(ACCREDITATION),
                ACCREDITATION, ACCREDITATION);
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO outbox_event (event_id, topic, event_type, source, aggregate_id, occurred_at,
                                                  payload)
                        VALUES (?, ?, ?, ?, ?, ?, CAST(? AS json))""")) {
            long start = System.nanoTime() + writer * (intervalNanos / WRITERS);
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            for (int i = writer, n = 0; i < batch.size(); i += WRITERS, n++) {
                long due = start + n * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                String organization = batch.get(i);
                Instant decided = Instant.now();
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, TOPIC);
                insert.setString(3, GRANTED);
                insert.setString(4, SOURCE);
                insert.setString(5, organization);
                insert.setObject(6, java.sql.Timestamp.from(decided));
                insert.setString(7, "{\"organizationId\":\"" + organization + "\",\"track\":\"dgc\",\"ecosocStatus\":"
                        + "null,\"effectiveFrom\":\"" + today + "\",\"decidedAt\":\"" + decided + "\"}");
                insert.executeUpdate();
            }
        }
    }

    private static int applied(Connection registry, List<String> batch) throws SQLException {
        try (PreparedStatement count = registry.prepareStatement(
                "SELECT count(*) FROM bench_summary_changed WHERE organization_id = ANY (CAST(? AS uuid[]))")) {
            count.setArray(1, registry.createArrayOf("text", batch.toArray()));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Milliseconds from each outbox row's commit to the registry's change, sorted. */
    private static double[] latencies(Connection registry, Connection accreditation, List<String> batch)
            throws SQLException {
        Map<String, Double> committedAt = committedAt(accreditation, batch, "aggregate_id");
        List<Double> latencies = new ArrayList<>();
        try (PreparedStatement rows = registry.prepareStatement("""
                SELECT organization_id::text, extract(epoch FROM changed_at) * 1000 FROM bench_summary_changed
                WHERE organization_id = ANY (CAST(? AS uuid[]))""")) {
            rows.setArray(1, registry.createArrayOf("text", batch.toArray()));
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    Double committed = committedAt.get(rs.getString(1));
                    if (committed != null) {
                        latencies.add(rs.getDouble(2) - committed);
                    }
                }
            }
        }
        return sorted(latencies);
    }

    /**
     * Milliseconds from each outbox row's commit to the start of the registry transaction that applied it: its inbox
     * row's {@code received_at}, which is that transaction's {@code now()}.
     */
    private static double[] consumerLatencies(Connection registry, Connection accreditation, List<String> batch)
            throws SQLException {
        Map<String, Double> committedAt = committedAt(accreditation, batch, "event_id::text");
        List<Double> latencies = new ArrayList<>();
        try (PreparedStatement rows = registry.prepareStatement("""
                SELECT event_id, extract(epoch FROM received_at) * 1000 FROM inbox_event
                WHERE source = ? AND event_id = ANY (?)""")) {
            rows.setString(1, SOURCE);
            rows.setArray(2, registry.createArrayOf("text", committedAt.keySet().toArray()));
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    latencies.add(rs.getDouble(2) - committedAt.get(rs.getString(1)));
                }
            }
        }
        return sorted(latencies);
    }

    /**
     * When each event of {@code batch} was committed (its outbox row's {@code created_at}, in epoch milliseconds),
     * by {@code key}: the outbox column {@code aggregate_id} or {@code event_id::text}.
     */
    private static Map<String, Double> committedAt(Connection accreditation, List<String> batch, String key)
            throws SQLException {
        Map<String, Double> committedAt = new HashMap<>();
        try (PreparedStatement rows = accreditation.prepareStatement("SELECT " + key
                + ", extract(epoch FROM created_at) * 1000 FROM outbox_event"
                + " WHERE event_type = ? AND aggregate_id = ANY (?)")) {
            rows.setString(1, GRANTED);
            rows.setArray(2, accreditation.createArrayOf("text", batch.toArray()));
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    committedAt.put(rs.getString(1), rs.getDouble(2));
                }
            }
        }
        return committedAt;
    }

    private static double[] sorted(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    /** Milliseconds from each outbox row's commit to the start of the relay transaction that marked it sent. */
    private static double[] relayLatencies(Connection accreditation, List<String> batch) throws SQLException {
        List<Double> latencies = new ArrayList<>();
        try (PreparedStatement rows = accreditation.prepareStatement("""
                SELECT extract(epoch FROM sent_at - created_at) * 1000 FROM outbox_event
                WHERE event_type = ? AND aggregate_id = ANY (?) AND sent_at IS NOT NULL""")) {
            rows.setString(1, GRANTED);
            rows.setArray(2, accreditation.createArrayOf("text", batch.toArray()));
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    latencies.add(rs.getDouble(1));
                }
            }
        }
        return sorted(latencies);
    }

    private static String report(int rate, long duration, int repeat, List<Run> runs, String uptimeBefore,
            String heap, Duration took) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Event propagation, accreditation decision -> registry summary, %d "
                + "events/s, %d runs of %d s (%s UTC; took %d s; load before start: %s; services -Xmx%s)%n%n", rate,
                repeat, duration, Instant.now().truncatedTo(ChronoUnit.SECONDS), took.toSeconds(), uptimeBefore,
                heap));
        text.append("| | p50 ms | p99 ms | max ms | relay p50 ms | relay p99 ms | consumer start p50 ms "
                + "| consumer start p99 ms | events committed/s | applied |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        text.append("| median of runs (min–max) | ").append(Stats.cell(runs, Run::p50, 1)).append(" | ")
                .append(Stats.cell(runs, Run::p99, 1)).append(" | ").append(Stats.cell(runs, Run::max, 1))
                .append(" | ").append(Stats.cell(runs, Run::relayP50, 1)).append(" | ")
                .append(Stats.cell(runs, Run::relayP99, 1)).append(" | ").append(Stats.cell(runs, Run::consumerP50, 1))
                .append(" | ").append(Stats.cell(runs, Run::consumerP99, 1)).append(" | ")
                .append(Stats.cell(runs, Run::achievedRate, 0)).append(" | ")
                .append(runs.stream().mapToInt(Run::applied).sum()).append(" of ")
                .append(runs.stream().mapToInt(Run::committed).sum()).append(" |\n");
        return text.toString();
    }
}
