package org.civicspace.bench.harness;

/**
 * The wrk settings every benchmark takes from the environment: BENCH_THREADS (2), BENCH_CONNECTIONS (8),
 * BENCH_DURATION (10s: one measured run), BENCH_WARMUP (5s) and BENCH_REPEAT (3 measured runs).
 */
public record Settings(int threads, int connections, String duration, String warmup, int repeat) {

    public static Settings fromEnvironment() {
        Settings settings = new Settings(Integer.parseInt(env("BENCH_THREADS", "2")),
                Integer.parseInt(env("BENCH_CONNECTIONS", "8")), env("BENCH_DURATION", "10s"),
                env("BENCH_WARMUP", "5s"), Integer.parseInt(env("BENCH_REPEAT", "3")));
        if (settings.threads < 1 || settings.connections < settings.threads || settings.repeat < 1) {
            throw new IllegalArgumentException("BENCH_THREADS >= 1, BENCH_CONNECTIONS >= BENCH_THREADS and "
                    + "BENCH_REPEAT >= 1 are needed: " + settings);
        }
        Wrk.seconds(settings.duration);
        Wrk.seconds(settings.warmup);
        return settings;
    }

    /** The environment variable {@code name}, or {@code fallback} when it is unset or blank. */
    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
