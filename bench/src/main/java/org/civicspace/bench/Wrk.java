package org.civicspace.bench;

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

/** Runs wrk with the paths script and reads the line its done() prints. */
final class Wrk {

    private static final Pattern FIELD = Pattern.compile("(\\w+)=([0-9.]+)");

    /** One wrk run: latency percentiles in ms, throughput, errors, and the 1-minute load average before it. */
    record Result(double p50, double p95, double p99, double max, double rps, long requests, long non2xx,
            long socketErrors, double loadBefore, String uptimeBefore) {
    }

    private final Path script;
    private final String url;
    private final int threads;
    private final int connections;

    Wrk(Path script, String url, int threads, int connections) {
        this.script = script;
        this.url = url;
        this.threads = threads;
        this.connections = connections;
    }

    /** The command line, as the report shows it. */
    String commandLine(String duration) {
        return String.join(" ", command(duration));
    }

    Result run(Path pathsFile, String duration) {
        String uptime = uptime();
        double load = loadAverage();
        ProcessBuilder builder = new ProcessBuilder(command(duration)).redirectErrorStream(true);
        builder.environment().put("BENCH_PATHS", pathsFile.toString());
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
            Map<String, Double> fields = parse(output);
            return new Result(fields.get("p50_ms"), fields.get("p95_ms"), fields.get("p99_ms"),
                    fields.get("max_ms"), fields.get("rps"), fields.get("requests").longValue(),
                    fields.get("non2xx").longValue(), (long) (fields.get("connect") + fields.get("read")
                            + fields.get("write") + fields.get("timeout")),
                    load, uptime);
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

    private static Map<String, Double> parse(String output) {
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

    private static long seconds(String duration) {
        if (duration.endsWith("m")) {
            return Long.parseLong(duration.substring(0, duration.length() - 1)) * 60;
        }
        return Long.parseLong(duration.replace("s", ""));
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static String uptime() {
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
