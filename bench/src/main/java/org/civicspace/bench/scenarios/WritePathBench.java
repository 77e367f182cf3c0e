package org.civicspace.bench.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.civicspace.bench.harness.Csv;
import org.civicspace.bench.harness.Log;
import org.civicspace.bench.harness.Settings;
import org.civicspace.bench.harness.Stack;
import org.civicspace.bench.harness.Stats;
import org.civicspace.bench.harness.Tokens;
import org.civicspace.bench.harness.Wrk;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The write-path benchmark: sustained accepted writes per second with the transactional outbox on, against the same
 * writes without it, on durable commits. Starts PostgreSQL with {@code fsync} and {@code synchronous_commit} on,
 * Kafka, Keycloak and registry-service, preloads {@code count} organisations with SQL, then registers new
 * organisations ({@code POST /api/v1/registry/organizations} as {@code dgc-officer}, each with its own identifier and
 * name, drawn by {@code writes.lua}) with wrk, and counts the answers of 201.
 *
 * <p>"Outbox on" is the service as it is: the organisation and its {@code outbox_event} row commit in one transaction,
 * the trigger's {@code NOTIFY} and the in-process wake-up start the relay, which publishes to Kafka and marks the row
 * sent. "Outbox off" is the same service and the same requests after the benchmark has changed, in its own database
 * only (never in the service's migrations), two things ({@link #setOutbox}): a {@code BEFORE INSERT} row trigger
 * {@code bench_outbox_off} whose function returns NULL, so that the INSERT the service still sends writes no row (no
 * heap tuple, no index entry, no WAL for them, nothing to publish), and the outbox's {@code NOTIFY} statement trigger
 * disabled, since a statement trigger fires even when no row is written. Both are undone for the next "on" run. (A
 * {@code DO INSTEAD NOTHING} rule would remove the INSERT whole, but it cannot be undone while the service runs: the
 * service's server-prepared INSERT, rewritten to nothing, depends on no table, so dropping the rule does not
 * invalidate it, and it goes on writing nothing.)
 *
 * <p>After a warm-up of each mode, {@code BENCH_REPEAT} rounds run on then off, and off then on in the next round, so
 * that neither mode always meets the larger table or the later moment. After an "on" run the benchmark waits until
 * every outbox row of the run is published ({@code sent_at} set) and records how long that took after wrk ended;
 * after an "off" run it checks that no outbox row was added and no NOTIFY was heard. In both, the organisations added
 * must equal the answers of 201 (give or take the requests in flight when wrk stopped), and any other answer or socket
 * error fails the run. Prints a Markdown table of
 * medians with their min–max spread and the throughput ratio off/on.
 *
 * <p>Usage: {@code WritePathBench <repository root> [count]} (default 10,000 preloaded organisations). Settings from
 * the environment: BENCH_THREADS (2), BENCH_CONNECTIONS (8), BENCH_DURATION (10s), BENCH_WARMUP (5s), BENCH_REPEAT
 * (3), BENCH_SERVICE_HEAP (512m).
 */
public final class WritePathBench {

    /**
     * The demo user and public client of the realm whose password grant gives the bearer tokens. DGC staff may
     * register any number of organisations; a CSO representative only the one its token names.
     */
    static final String CLIENT_ID = "civicspace-cli";
    static final String USER = "dgc-officer";
    static final String PATH = "/api/v1/registry/organizations";
    /** The row trigger that skips every outbox row while the outbox is off, and its function. */
    static final String SKIP_TRIGGER = "bench_outbox_off";
    static final String SKIP_FUNCTION = "bench_outbox_skip_row";
    /** The outbox's statement trigger that NOTIFYs the relays (platform's V0_1__outbox.sql). */
    static final String NOTIFY_TRIGGER = "outbox_event_inserted";
    static final String CHANNEL = "civicspace_outbox";
    /** Time left on a token after a run at least, so that none expires while wrk sends it. */
    static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);
    /** How long the relay may take, after a run, to publish its outbox rows. */
    static final Duration PUBLISH_WAIT = Duration.ofMinutes(2);
    /**
     * How long after wrk ends the benchmark waits before counting: for the requests wrk had sent when its time was up
     * (it does not read their answers, the service still commits them) and for NOTIFYs to reach the listener.
     */
    static final Duration SETTLE = Duration.ofSeconds(1);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Whether the outbox INSERT writes its row. */
    enum Mode {
        ON, OFF;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One wrk run: answers of 201 and of anything else (the first other status), writes/s (201s over wrk's
     * duration), latency in ms, socket errors, request numbers used; then what the database shows: organisations
     * and outbox rows added, NOTIFYs heard, seconds from wrk's end until the run's outbox rows were all published.
     */
    record Run(Mode mode, int round, long created, long other, int firstOther, double seconds, double writesPerSecond,
            double p50, double p99, double max, long socketErrors, long span, long organizationsAdded,
            long outboxAdded, long notifications, double publishedAfter, double loadBefore, String uptimeBefore) {
    }

    /** Counts the NOTIFYs of the outbox trigger, on a connection of its own. */
    static final class Listener implements AutoCloseable {

        private final Connection connection;
        private final AtomicLong heard = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        Listener(String jdbcUrl) throws SQLException {
            connection = DriverManager.getConnection(jdbcUrl, Stack.DATABASE, Stack.DATABASE);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
            }
            thread = new Thread(this::listen, "bench-outbox-listener");
            thread.setDaemon(true);
            thread.start();
        }

        long heard() {
            return heard.get();
        }

        private void listen() {
            try {
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(250);
                    if (notifications != null) {
                        heard.addAndGet(notifications.length);
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    Log.say("outbox listener stopped: %s", e.getMessage());
                }
            }
        }

        @Override
        public void close() throws SQLException {
            running = false;
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            connection.close();
        }
    }

    private WritePathBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int count = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 10_000;
        Settings settings = Settings.fromEnvironment();
        String serviceHeap = Settings.env("BENCH_SERVICE_HEAP", "512m");

        Path registryJar = root.resolve("registry-service/target/quarkus-app/quarkus-run.jar");
        Path target = root.resolve("bench/target");
        Path work = Files.createDirectories(target.resolve("write-path"));
        Path script = work.resolve("writes.lua");
        try (InputStream in = WritePathBench.class.getResourceAsStream("writes.lua")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Path words = writeWords(work.resolve("words.txt"));
        Instant began = Instant.now();
        Log.say("write path benchmark: %,d organisations preloaded; wrk -t%d -c%d, warm-up %s per mode, %d rounds "
                + "of on and off x %s; durable commits", count, settings.threads(), settings.connections(),
                settings.warmup(), settings.repeat(), settings.duration());
        String uptimeBefore = Wrk.uptime();
        Log.say("load before start: %s", uptimeBefore);

        Stack stack = Stack.startDurable(work, target.resolve("servers"), registryJar,
                root.resolve("deploy/keycloak/civicspace-realm.json"), serviceHeap);
        Thread stopper = new Thread(stack::close, "stop-bench-stack");
        Runtime.getRuntime().addShutdownHook(stopper);
        String jdbcUrl = stack.postgres().jdbcUrl(Stack.DATABASE);
        try (stack; Connection db = DriverManager.getConnection(jdbcUrl, Stack.DATABASE, Stack.DATABASE);
                Listener listener = new Listener(jdbcUrl)) {
            logDurability(db);
            Log.say("loading %,d organisations", count);
            new OrganizationLoader(db).load(count);

            Tokens tokens = new Tokens(stack.keycloak().realmUrl(), CLIENT_ID, USER, USER);
            check(stack.serviceUrl() + PATH, tokens, settings, db);

            Path rawFile = work.resolve("wrk-" + stamp(began) + ".txt");
            Runner runner = new Runner(stack, db, listener, tokens, settings, script, words, rawFile);
            for (Mode mode : Mode.values()) {
                Run warm = runner.run(mode, 0, settings.warmup());
                Log.say("warm-up, outbox %s: %.0f writes/s, p50 %.2f ms, p99 %.2f ms", mode.key(),
                        warm.writesPerSecond(), warm.p50(), warm.p99());
            }
            Map<Mode, List<Run>> results = new LinkedHashMap<>();
            results.put(Mode.ON, new ArrayList<>());
            results.put(Mode.OFF, new ArrayList<>());
            for (int round = 1; round <= settings.repeat(); round++) {
                List<Mode> order = round % 2 == 1 ? List.of(Mode.ON, Mode.OFF) : List.of(Mode.OFF, Mode.ON);
                for (Mode mode : order) {
                    Run run = runner.run(mode, round, settings.duration());
                    results.get(mode).add(run);
                    Log.say("round %d, outbox %s: %.0f writes/s (%d created), p50 %.2f ms, p99 %.2f ms; before: %s",
                            round, mode.key(), run.writesPerSecond(), run.created(), run.p50(), run.p99(),
                            run.uptimeBefore());
                }
            }
            setOutbox(db, Mode.ON);

            String report = report(count, stack.serviceUrl(), settings, results, runner.organizations(db),
                    Duration.between(began, Instant.now()), uptimeBefore, serviceHeap);
            Path reportFile = work.resolve("report-" + stamp(began) + ".md");
            Files.writeString(reportFile, report);
            writeCsv(work.resolve("runs.csv"), count, results);
            System.out.println(report);
            System.out.flush();
            Log.say("report written to %s; runs appended to %s; wrk's output in %s", reportFile,
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

    /** Runs wrk in one mode and checks what the database shows afterwards. */
    private static final class Runner {

        private final Stack stack;
        private final Connection db;
        private final Listener listener;
        private final Tokens tokens;
        private final Settings settings;
        private final Path script;
        private final Path words;
        private final Path rawFile;
        /** The first request number of the next run: numbers, and so identifiers and names, are never reused. */
        private long base;

        Runner(Stack stack, Connection db, Listener listener, Tokens tokens, Settings settings, Path script,
                Path words, Path rawFile) {
            this.stack = stack;
            this.db = db;
            this.listener = listener;
            this.tokens = tokens;
            this.settings = settings;
            this.script = script;
            this.words = words;
            this.rawFile = rawFile;
        }

        Run run(Mode mode, int round, String duration) throws SQLException, IOException, InterruptedException {
            setOutbox(db, mode);
            long organizationsBefore = organizations(db);
            long[] outboxBefore = outbox(db);
            long heardBefore = listener.heard();
            Tokens.Token token = tokens.fresh();
            if (token.remaining().compareTo(Duration.ofSeconds(Wrk.seconds(duration)).plus(TOKEN_MARGIN)) < 0) {
                throw new IllegalStateException("a run of " + duration + " outlasts the access token ("
                        + token.remaining().toSeconds() + " s left); shorten BENCH_DURATION or BENCH_WARMUP");
            }
            String uptime = Wrk.uptime();
            double load = Wrk.loadAverage();
            Map<String, String> environment = Map.of("BENCH_WORDS", words.toString(), "BENCH_TOKEN", token.value(),
                    "BENCH_THREADS", Integer.toString(settings.threads()), "BENCH_BASE", Long.toString(base));
            String output = wrk(command(stack.serviceUrl() + PATH, settings, script, duration), environment,
                    duration);
            Instant ended = Instant.now();
            Files.writeString(rawFile, "### outbox " + mode.key() + ", round " + round + " (0: warm-up)\n" + output
                    + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Map<String, Double> fields = Wrk.parse(output);
            long created = fields.get("created").longValue();
            long other = fields.get("other").longValue();
            long socketErrors = (long) (fields.get("connect") + fields.get("read") + fields.get("write")
                    + fields.get("timeout"));
            base += fields.get("span").longValue();
            String where = mode.key() + " round " + round;
            if (other > 0 || socketErrors > 0) {
                throw new IllegalStateException(where + ": " + other + " answers other than 201 (the first: "
                        + fields.get("first_other").intValue() + "), " + socketErrors + " socket errors; see "
                        + stack.service().log());
            }
            if (created == 0) {
                throw new IllegalStateException(where + ": no organisation registered; see " + stack.service().log());
            }

            Thread.sleep(SETTLE.toMillis());
            // the requests in flight when wrk stopped may have been committed too: at most one per connection
            long organizationsAdded = organizations(db) - organizationsBefore;
            if (organizationsAdded < created || organizationsAdded > created + settings.connections()) {
                throw new IllegalStateException(where + ": " + created + " answers of 201 but " + organizationsAdded
                        + " organisations added");
            }
            double publishedAfter = Double.NaN;
            long outboxAdded;
            if (mode == Mode.ON) {
                outboxAdded = outboxSince(db, outboxBefore[1])[0];
                if (outboxAdded != organizationsAdded) {
                    throw new IllegalStateException(where + ": " + organizationsAdded + " organisations registered but "
                            + outboxAdded + " outbox rows written");
                }
                publishedAfter = awaitPublished(db, outboxBefore[1], ended, where);
            } else {
                long[] after = outbox(db);
                outboxAdded = after[0] - outboxBefore[0];
                if (outboxAdded != 0 || after[1] != outboxBefore[1]) {
                    throw new IllegalStateException(where + ": " + outboxAdded + " outbox rows added with the "
                            + "outbox off");
                }
            }
            long notifications = listener.heard() - heardBefore;
            if (mode == Mode.OFF && notifications != 0) {
                throw new IllegalStateException(where + ": " + notifications + " NOTIFYs on " + CHANNEL
                        + " with the outbox off");
            }
            String published = mode == Mode.ON
                    ? String.format(Locale.ROOT, ", all published, the last %.1f s after wrk ended", publishedAfter)
                    : "";
            Log.say("%s: %d organisations and %d outbox rows added, %d NOTIFYs heard%s", where, organizationsAdded,
                    outboxAdded, notifications, published);
            return new Run(mode, round, created, other, fields.get("first_other").intValue(),
                    fields.get("seconds"), fields.get("created_per_s"), fields.get("p50_ms"), fields.get("p99_ms"),
                    fields.get("max_ms"), socketErrors, fields.get("span").longValue(), organizationsAdded,
                    outboxAdded, notifications, publishedAfter, load, uptime);
        }

        long organizations(Connection connection) throws SQLException {
            return single(connection, "SELECT count(*) FROM organization");
        }
    }

    /**
     * Before measuring: PostgreSQL commits durably, one registration answers 201 with a token and 401 without, and
     * its outbox row is published; a run fits in a token's life.
     */
    private static void check(String url, Tokens tokens, Settings settings, Connection db)
            throws SQLException, InterruptedException {
        Tokens.Token token = tokens.fresh();
        long runSeconds = Math.max(Wrk.seconds(settings.duration()), Wrk.seconds(settings.warmup()));
        if (token.remaining().minus(TOKEN_MARGIN).toSeconds() < runSeconds) {
            throw new IllegalStateException("access tokens of " + USER + " last " + token.remaining().toSeconds()
                    + " s: BENCH_DURATION and BENCH_WARMUP must stay below "
                    + token.remaining().minus(TOKEN_MARGIN).toSeconds() + " s");
        }
        String body = """
                {"identifier":{"agency":"XI-WRITEBENCH","number":"check-1"},
                 "legalName":"Write Path Check Society","type":"national-ngo","headquartersCountry":"KE",
                 "countriesOfOperation":["KE"],"themes":["sdg-4"],"workingLanguages":["en"],"yearFounded":2001}""";
        int anonymous = post(url, body, null).statusCode();
        if (anonymous != 401) {
            throw new IllegalStateException("POST " + url + " without a token answered " + anonymous + ", not 401");
        }
        long[] before = outbox(db);
        HttpResponse<String> response = post(url, body, token.header());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + url + " as " + USER + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        double published = awaitPublished(db, before[1], Instant.now(), "check");
        Log.say("a registration answers 201 as %s (401 without a token), its outbox row published %.1f s after; "
                + "tokens last %d s", USER, published, token.remaining().toSeconds());
    }

    private static HttpResponse<String> post(String url, String body, String header) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (header != null) {
            String[] nameValue = header.split(": ", 2);
            request.header(nameValue[0], nameValue[1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Turns the outbox off (a row trigger that skips every row, the NOTIFY statement trigger disabled) or on again
     * (neither), in one transaction, and checks that the triggers are as asked. Both are changes to the table, so
     * PostgreSQL replans the service's prepared INSERT either way.
     */
    private static void setOutbox(Connection db, Mode mode) throws SQLException {
        db.setAutoCommit(false);
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE OR REPLACE FUNCTION " + SKIP_FUNCTION + "() RETURNS trigger LANGUAGE plpgsql "
                    + "AS $$ BEGIN RETURN NULL; END $$");
            statement.execute("DROP TRIGGER IF EXISTS " + SKIP_TRIGGER + " ON outbox_event");
            if (mode == Mode.OFF) {
                statement.execute("CREATE TRIGGER " + SKIP_TRIGGER + " BEFORE INSERT ON outbox_event FOR EACH ROW "
                        + "EXECUTE FUNCTION " + SKIP_FUNCTION + "()");
            }
            statement.execute("ALTER TABLE outbox_event " + (mode == Mode.OFF ? "DISABLE" : "ENABLE") + " TRIGGER "
                    + NOTIFY_TRIGGER);
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        String state = triggers(db);
        // ordered by name, as triggers() lists them
        String expected = mode == Mode.OFF ? SKIP_TRIGGER + "=O," + NOTIFY_TRIGGER + "=D" : NOTIFY_TRIGGER + "=O";
        if (!state.equals(expected)) {
            throw new IllegalStateException("outbox " + mode.key() + ": triggers " + state + ", not " + expected);
        }
    }

    /** The outbox table's triggers and whether each is enabled (O) or disabled (D), as "name=O,name=D". */
    private static String triggers(Connection db) throws SQLException {
        List<String> triggers = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("SELECT tgname, tgenabled FROM pg_trigger "
                        + "WHERE tgrelid = 'outbox_event'::regclass AND NOT tgisinternal ORDER BY tgname")) {
            while (rs.next()) {
                triggers.add(rs.getString(1) + "=" + rs.getString(2));
            }
        }
        return String.join(",", triggers);
    }

    /** The outbox's row count and highest position. */
    private static long[] outbox(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT count(*), coalesce(max(position), 0) FROM outbox_event")) {
            rs.next();
            return new long[] { rs.getLong(1), rs.getLong(2) };
        }
    }

    /** The outbox rows after {@code position}: how many, and how many of them are not yet published. */
    private static long[] outboxSince(Connection db, long position) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT count(*), count(*) FILTER (WHERE sent_at IS NULL) FROM outbox_event WHERE position > ?")) {
            select.setLong(1, position);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new long[] { rs.getLong(1), rs.getLong(2) };
            }
        }
    }

    /**
     * Waits until every outbox row after {@code position} is published; returns the seconds from {@code from} to the
     * last one's {@code sent_at} (the start of the relay's transaction that marked it; negative when the relay had
     * published them all before {@code from}).
     */
    private static double awaitPublished(Connection db, long position, Instant from, String where)
            throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(PUBLISH_WAIT);
        long[] rows = outboxSince(db, position);
        while (rows[1] > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            rows = outboxSince(db, position);
        }
        if (rows[0] == 0 || rows[1] > 0) {
            throw new IllegalStateException(where + ": " + rows[1] + " of " + rows[0] + " outbox rows unpublished "
                    + PUBLISH_WAIT.toSeconds() + " s after the run");
        }
        try (PreparedStatement last = db.prepareStatement(
                "SELECT extract(epoch FROM max(sent_at)) FROM outbox_event WHERE position > ?")) {
            last.setLong(1, position);
            try (ResultSet rs = last.executeQuery()) {
                rs.next();
                return rs.getDouble(1) - from.toEpochMilli() / 1000.0;
            }
        }
    }

    private static void logDurability(Connection db) throws SQLException {
        List<String> settings = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("SELECT name, setting FROM pg_settings WHERE name IN "
                        + "('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method') ORDER BY name")) {
            while (rs.next()) {
                settings.add(rs.getString(1) + "=" + rs.getString(2));
            }
        }
        if (!settings.containsAll(List.of("fsync=on", "synchronous_commit=on"))) {
            throw new IllegalStateException("PostgreSQL does not commit durably: " + settings);
        }
        Log.say("PostgreSQL: %s", String.join(", ", settings));
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The word lists writes.lua draws names and codes from, one a line: "name TAB word|word|...". */
    private static Path writeWords(Path file) throws IOException {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("adjective", Words.ADJECTIVES);
        lists.put("noun", Words.NOUNS);
        lists.put("topic", Words.TOPICS);
        lists.put("place", Words.PLACES);
        lists.put("country", Words.COUNTRIES);
        lists.put("type", Words.TYPES);
        lists.put("theme", Words.THEMES);
        StringBuilder text = new StringBuilder();
        lists.forEach((name, list) -> {
            for (String word : list) {
                // the script puts words into JSON strings as they are, and splits lines on TAB and |
                if (word.matches(".*[\"\\\\|\\t\\n].*")) {
                    throw new IllegalStateException("word list " + name + " has a word the script cannot send: "
                            + word);
                }
            }
            text.append(name).append('\t').append(String.join("|", list)).append('\n');
        });
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<String> command(String url, Settings settings, Path script, String duration) {
        return List.of("wrk", "-t" + settings.threads(), "-c" + settings.connections(), "-d" + duration,
                "--timeout", "10s", "-s", script.toString(), url);
    }

    /** Runs wrk to its end and returns what it printed; fails when it exits with an error or does not end. */
    private static String wrk(List<String> command, Map<String, String> environment, String duration)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process wrk = builder.start();
        byte[] out = wrk.getInputStream().readAllBytes();
        if (!wrk.waitFor(Wrk.seconds(duration) + 60, TimeUnit.SECONDS)) {
            wrk.destroyForcibly();
            throw new IllegalStateException("wrk did not finish");
        }
        String output = new String(out, StandardCharsets.UTF_8);
        if (wrk.exitValue() != 0) {
            throw new IllegalStateException("wrk exited with " + wrk.exitValue() + ":\n" + output);
        }
        return output;
    }


    private static String report(int count, String serviceUrl, Settings settings, Map<Mode, List<Run>> results,
            long organizationsAtEnd, Duration took, String uptimeBefore, String serviceHeap) {
        List<Run> on = results.get(Mode.ON);
        List<Run> off = results.get(Mode.OFF);
        String command = String.join(" ", command(serviceUrl.replaceFirst(":[0-9]+$", ":<port>") + PATH, settings,
                Path.of("writes.lua"), settings.duration()));
        StringBuilder md = new StringBuilder();
        md.append("### Write path: POST ").append(PATH).append(", outbox on and off\n\n");
        md.append("Measured ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" with `")
                .append(command).append("`, each request registering a new organisation (its own identifier and ")
                .append("name) with a fresh token of `").append(USER).append("` per run; only answers of 201 ")
                .append("count. PostgreSQL commits durably (fsync, synchronous_commit and full_page_writes on). ")
                .append("One ").append(settings.warmup()).append(" warm-up per mode, then ")
                .append(settings.repeat()).append(" rounds (on then off, off then on in the next round).")
                .append(" Each cell: median of the runs (min–max).")
                .append(String.format(Locale.ROOT, " Registry of %,d organisations before the runs, %,d after;"
                        + " registry-service -Xmx%s; whole run %d s.%n%n", count, organizationsAtEnd, serviceHeap,
                        took.toSeconds()));
        md.append("| Outbox | accepted writes/s | p50 ms | p99 ms | off/on writes/s |\n");
        md.append("|---|---:|---:|---:|---:|\n");
        md.append("| on | ").append(Stats.cell(on, Run::writesPerSecond, 0)).append(" | ")
                .append(Stats.cell(on, Run::p50, 2)).append(" | ").append(Stats.cell(on, Run::p99, 2))
                .append(" | |\n");
        md.append("| off | ").append(Stats.cell(off, Run::writesPerSecond, 0)).append(" | ")
                .append(Stats.cell(off, Run::p50, 2)).append(" | ").append(Stats.cell(off, Run::p99, 2))
                .append(String.format(Locale.ROOT, " | %.2f |%n",
                        Stats.median(off, Run::writesPerSecond) / Stats.median(on, Run::writesPerSecond)));
        List<String> perRound = new ArrayList<>();
        for (int i = 0; i < on.size(); i++) {
            perRound.add(String.format(Locale.ROOT, "%.2f",
                    off.get(i).writesPerSecond() / on.get(i).writesPerSecond()));
        }
        md.append(String.format(Locale.ROOT, "%nThe outbox adds %+.2f ms at p50 and %+.2f ms at p99 (on minus off,"
                + " medians); off/on writes/s per round: %s.", Stats.median(on, Run::p50)
                - Stats.median(off, Run::p50), Stats.median(on, Run::p99) - Stats.median(off, Run::p99),
                String.join(", ", perRound)));
        md.append(String.format(Locale.ROOT, " Checks: every answer 201, one organisation added per 201 (and at most"
                + " one per connection for the requests in flight when wrk stopped, whose answers it does not read);"
                + " \"on\" runs wrote %,d outbox rows, all published (sent_at set), the last of a run %.1f to %.1f s"
                + " after wrk ended (negative: before), and %,d"
                + " NOTIFYs were heard; \"off\" runs wrote %d outbox rows and %d NOTIFYs were heard.",
                on.stream().mapToLong(Run::outboxAdded).sum(),
                on.stream().mapToDouble(Run::publishedAfter).min().orElse(Double.NaN),
                on.stream().mapToDouble(Run::publishedAfter).max().orElse(Double.NaN),
                on.stream().mapToLong(Run::notifications).sum(), off.stream().mapToLong(Run::outboxAdded).sum(),
                off.stream().mapToLong(Run::notifications).sum()));
        List<Run> all = new ArrayList<>(on);
        all.addAll(off);
        md.append(" wrk, registry-service, PostgreSQL, Kafka and Keycloak share the machine's cores. `uptime` before")
                .append(" the servers started: `").append(uptimeBefore).append("`; load average (1 min) before the")
                .append(" runs: ").append(Stats.range(all, Run::loadBefore))
                .append(" (includes the benchmark's own processes).\n");
        return md.toString();
    }

    private static void writeCsv(Path file, int count, Map<Mode, List<Run>> results) {
        List<String> rows = new ArrayList<>();
        String now = Instant.now().toString();
        results.forEach((mode, runs) -> {
            for (Run r : runs) {
                rows.add(String.format(Locale.ROOT, "%s,%d,%s,%d,%d,%d,%.3f,%.1f,%.3f,%.3f,%.3f,%d,%d,%d,%.1f,%.2f",
                        now, count, mode.key(), r.round(), r.created(), r.other(), r.seconds(), r.writesPerSecond(),
                        r.p50(), r.p99(), r.max(), r.organizationsAdded(), r.outboxAdded(), r.notifications(),
                        r.publishedAfter(), r.loadBefore()));
            }
        });
        Csv.append(file, "time,count,outbox,round,created,other,seconds,writes_per_s,p50_ms,p99_ms,max_ms,"
                + "organizations_added,outbox_added,notifications,published_after_s,load1_before", rows);
    }

    private static String stamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-');
    }
}
