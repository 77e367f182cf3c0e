package org.civicspace.bench.harness;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Summaries of repeated runs for the report tables: medians and their min–max spread. */
public final class Stats {

    private Stats() {
    }

    /** The median of {@code metric} over {@code runs}. */
    public static <T> double median(List<T> runs, ToDoubleFunction<T> metric) {
        return median(sorted(runs, metric));
    }

    /** A table cell: the median of the runs and, in brackets, their min–max, with {@code decimals} decimals. */
    public static <T> String cell(List<T> runs, ToDoubleFunction<T> metric, int decimals) {
        double[] values = sorted(runs, metric);
        String format = "%." + decimals + "f";
        return String.format(Locale.ROOT, format + " (" + format + "–" + format + ")", median(values), values[0],
                values[values.length - 1]);
    }

    /** The min–max of {@code metric} over {@code runs}, with two decimals. */
    public static <T> String range(List<T> runs, ToDoubleFunction<T> metric) {
        double[] values = sorted(runs, metric);
        return String.format(Locale.ROOT, "%.2f–%.2f", values[0], values[values.length - 1]);
    }

    private static <T> double[] sorted(List<T> runs, ToDoubleFunction<T> metric) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        return runs.stream().mapToDouble(metric).sorted().toArray();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
