package org.civicspace.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs wrk: with the paths script, reading the line its done() prints ({@link #run}), or against one URL with
 * {@code --latency}, reading wrk's own report ({@link #latency}).
 */
public final class Wrk {

    private static final Pattern FIELD = Pattern.compile("(\\w+)=([0-9.]+)");
    private static final Pattern DURATION = Pattern.compile("([0-9]+)([smh]?)");
    // wrk --latency's report: "    90%    1.25ms", "    Latency   812.00us  301.00us  12.00ms   80.00%",
    // "  12345 requests in 3.00s, 5.00MB read", "  Non-2xx or 3xx responses: 5",
    // "  Socket errors: connect 0, read 0, write 0, timeout 0", "Requests/sec:   4115.00"
    private static final String TIME = "([0-9.]+)(us|ms|s|m|h)";
    private static final Pattern PERCENTILE = Pattern.compile("(?m)^[ \\t]+(50|75|90|99)%[ \\t]+" + TIME + "[ \\t]*$");
    private static final Pattern MAX = Pattern.compile(
            "(?m)^[ \\t]+Latency[ \\t]+\\S+[ \\t]+\\S+[ \\t]+" + TIME + "[ \\t]");
    private static final Pattern REQUESTS = Pattern.compile("(?m)^[ \\t]+([0-9]+) requests in ");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: ([0-9]+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");
    private static final Pattern CREDENTIALS = Pattern.compile("(?i)^(Authorization:\\s*\\S+\\s).*");
    private static final Pattern RPS = Pattern.compile("(?m)^Requests/sec:\\s+([0-9.]+)");

    /** One wrk run: latency percentiles in ms, throughput, errors, and the 1-minute load average before it. */
    public record Result(double p50, double p95, double p99, double max, double rps, long requests, long non2xx,
            long socketErrors, double loadBefore, String uptimeBefore) {
    }

    /**
     * One run of {@link #latency}: wrk's latency distribution in ms, its maximum, throughput, errors (non-2xx
     * counts answers of 400 and above), the 1-minute load average before it, and wrk's report as printed.
     */
    public record Distribution(double p50, double p75, double p90, double p99, double max, double rps, long requests,
            long non2xx, long socketErrors, double loadBefore, String uptimeBefore, String output) {
    }

    private final Path script;
    private final String url;
    private final int threads;
    private final int connections;

    public Wrk(Path script, String url, int threads, int connections) {
        this.script = script;
        this.url = url;
        this.threads = threads;
        this.connections = connections;
    }

    /** The command line, as the report shows it. */
    public String commandLine(String duration) {
        return String.join(" ", command(duration));
    }

    public Result run(Path pathsFile, String duration) {
        String uptime = uptime();
        double load = loadAverage();
        Map<String, Double> fields = parse(execute(command(duration), Map.of("BENCH_PATHS", pathsFile.toString()),
                duration));
        return new Result(fields.get("p50_ms"), fields.get("p95_ms"), fields.get("p99_ms"),
                fields.get("max_ms"), fields.get("rps"), fields.get("requests").longValue(),
                fields.get("non2xx").longValue(), (long) (fields.get("connect") + fields.get("read")
                        + fields.get("write") + fields.get("timeout")),
                load, uptime);
    }

    /**
     * One run of wrk against a single URL, without a script, with {@code --latency}: wrk's own report, parsed.
     * {@code headers} are {@code -H} values ("Name: value"); each request is the same GET.
     */
    public static Distribution latency(String url, List<String> headers, int threads, int connections,
            String duration) {
        String uptime = uptime();
        double load = loadAverage();
        String output = execute(latencyCommand(url, headers, threads, connections, duration), Map.of(), duration);
        Map<Integer, Double> percentiles = new HashMap<>();
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            percentiles.put(Integer.parseInt(percentile.group(1)), millis(percentile.group(2), percentile.group(3)));
        }
        Matcher max = MAX.matcher(output);
        Matcher requests = REQUESTS.matcher(output);
        Matcher rps = RPS.matcher(output);
        if (!percentiles.keySet().containsAll(List.of(50, 75, 90, 99)) || !max.find() || !requests.find()
                || !rps.find()) {
            throw new IllegalStateException("wrk printed no latency distribution:\n" + output);
        }
        Matcher non2xx = NON_2XX.matcher(output);
        Matcher socket = SOCKET_ERRORS.matcher(output);
        long socketErrors = 0;
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                socketErrors += Long.parseLong(socket.group(group));
            }
        }
        return new Distribution(percentiles.get(50), percentiles.get(75), percentiles.get(90), percentiles.get(99),
                millis(max.group(1), max.group(2)), Double.parseDouble(rps.group(1)), Long.parseLong(requests.group(1)),
                non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, socketErrors, load, uptime, output);
    }

    /** The command line of {@link #latency}, as a report shows it: credentials are elided. */
    public static String latencyCommandLine(String url, List<String> headers, int threads, int connections,
            String duration) {
        List<String> shown = headers.stream()
                .map(header -> CREDENTIALS.matcher(header).replaceFirst("$1...")).toList();
        return latencyCommand(url, shown, threads, connections, duration).stream()
                .map(word -> word.contains(" ") ? "'" + word + "'" : word).collect(Collectors.joining(" "));
    }

    private static List<String> latencyCommand(String url, List<String> headers, int threads, int connections,
            String duration) {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + duration,
                "--timeout", "10s", "--latency"));
        for (String header : headers) {
            command.add("-H");
            command.add(header);
        }
        command.add(url);
        return command;
    }

    /** Runs wrk to its end and returns what it printed; fails when it exits with an error or does not end. */
    private static String execute(List<String> command, Map<String, String> environment, String duration) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process wrk = builder.start();
            byte[] out = wrk.getInputStream().readAllBytes();
            if (!wrk.waitFor(seconds(duration) + 60, TimeUnit.SECONDS)) {
                wrk.destroyForcibly();
                throw new IllegalStateException("wrk did not finish");
            }
            String output = new String(out, StandardCharsets.UTF_8);
            if (wrk.exitValue() != 0) {
                throw new IllegalStateException("wrk exited with " + wrk.exitValue() + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run wrk: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private List<String> command(String duration) {
        return new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + duration,
                "--timeout", "10s", "-s", script.toString(), url));
    }

    /** The fields of the BENCH-RESULT line that the benchmarks' Lua scripts print in {@code done()}. */
    public static Map<String, Double> parse(String output) {
        for (String line : output.split("\n")) {
            if (line.startsWith("BENCH-RESULT ")) {
                Map<String, Double> fields = new HashMap<>();
                Matcher matcher = FIELD.matcher(line);
                while (matcher.find()) {
                    fields.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
                }
                return fields;
            }
        }
        throw new IllegalStateException("wrk printed no BENCH-RESULT line:\n" + output);
    }

    /** A wrk duration ("10s", "2m", "1h" or plain seconds) in seconds. */
    public static long seconds(String duration) {
        Matcher matcher = DURATION.matcher(duration.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a wrk duration: " + duration);
        }
        long value = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "m" -> value * 60;
            case "h" -> value * 3600;
            default -> value;
        };
    }

    /** A time as wrk prints it ({@code 812.00us}, {@code 1.25ms}, {@code 2.00s}, {@code 1.50m}) in milliseconds. */
    private static double millis(String value, String unit) {
        double number = Double.parseDouble(value);
        return switch (unit) {
            case "us" -> number / 1000;
            case "ms" -> number;
            case "s" -> number * 1000;
            case "m" -> number * 60_000;
            case "h" -> number * 3_600_000;
            default -> throw new IllegalArgumentException("unknown time unit " + unit);
        };
    }

    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    public static String uptime() {
        try {
            Process uptime = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String out = new String(uptime.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            uptime.waitFor(5, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "uptime unavailable: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
