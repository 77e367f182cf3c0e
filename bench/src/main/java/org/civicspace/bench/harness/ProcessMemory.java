package org.civicspace.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Resident memory of processes, from {@code /proc}: {@code VmRSS} of {@code /proc/<pid>/status}, and {@code Pss} of
 * {@code /proc/<pid>/smaps_rollup}, which shares each page among the processes that map it, so that a sum over
 * several processes (PostgreSQL's backends share its buffers) does not count a page twice.
 */
public final class ProcessMemory {

    private static final Pattern VM_RSS = Pattern.compile("(?m)^VmRSS:\\s+([0-9]+) kB");
    private static final Pattern PSS = Pattern.compile("(?m)^Pss:\\s+([0-9]+) kB");

    /** One process: its id, what it is (see {@link #label}), its RSS and PSS in kB (PSS 0 when unreadable). */
    public record Sample(long pid, String label, long rssKb, long pssKb) {
    }

    /** A sum over processes, and the sums by label. */
    public record Total(int processes, long rssKb, long pssKb, Map<String, Long> rssKbByLabel) {

        public double rssMib() {
            return rssKb / 1024.0;
        }

        public double pssMib() {
            return pssKb / 1024.0;
        }
    }

    private ProcessMemory() {
    }

    /** The process {@code pid}, if it is still running. */
    public static Optional<Sample> of(long pid) {
        try {
            String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
            Matcher rss = VM_RSS.matcher(status);
            // a kernel thread or a zombie has no VmRSS
            long rssKb = rss.find() ? Long.parseLong(rss.group(1)) : 0;
            long pssKb = 0;
            try {
                Matcher pss = PSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "smaps_rollup")));
                pssKb = pss.find() ? Long.parseLong(pss.group(1)) : 0;
            } catch (IOException unreadable) {
                // older kernels have no smaps_rollup: PSS stays 0
            }
            return Optional.of(new Sample(pid, label(pid), rssKb, pssKb));
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    /** {@code root} and every process below it. */
    public static List<Sample> tree(long root) {
        return ProcessHandle.of(root).map(handle -> Stream.concat(Stream.of(handle), handle.descendants())
                .map(process -> of(process.pid())).flatMap(Optional::stream).toList()).orElse(List.of());
    }

    public static Total total(Collection<Sample> samples) {
        Map<String, Long> byLabel = new TreeMap<>();
        samples.forEach(sample -> byLabel.merge(sample.label(), sample.rssKb(), Long::sum));
        return new Total(samples.size(), samples.stream().mapToLong(Sample::rssKb).sum(),
                samples.stream().mapToLong(Sample::pssKb).sum(), byLabel);
    }

    /**
     * What a process of the stack is, from its command line: {@code postgres}, {@code kafka}, {@code keycloak}, the
     * {@code launcher}, a service by its module ({@code java -jar <module>/target/quarkus-app/quarkus-run.jar}), the
     * raw baseline, or {@code other} (the watchdog shells and their {@code sleep}s).
     */
    static String label(long pid) {
        List<String> words = commandLine(pid);
        if (words.isEmpty()) {
            return "other";
        }
        String program = Path.of(words.get(0)).getFileName().toString();
        if (program.equals("postgres") || program.startsWith("postgres:") || words.get(0).startsWith("postgres:")) {
            return "postgres";
        }
        if (!program.equals("java")) {
            return "other";
        }
        String all = String.join(" ", words);
        int jar = words.indexOf("-jar");
        if (jar >= 0 && jar + 1 < words.size() && words.get(jar + 1).endsWith("quarkus-app/quarkus-run.jar")) {
            Path module = Path.of(words.get(jar + 1)).getParent().getParent().getParent();
            return module.getFileName().toString();
        }
        if (all.contains("org.civicspace.launcher.Launcher")) {
            return "launcher";
        }
        if (all.contains("kafka.Kafka")) {
            return "kafka";
        }
        if (all.contains("kc.home.dir") || all.contains("keycloak")) {
            return "keycloak";
        }
        return "java (other)";
    }

    private static List<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            List<String> words = new ArrayList<>();
            for (String word : new String(raw, StandardCharsets.UTF_8).split("\0")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            return words;
        } catch (IOException gone) {
            return List.of();
        }
    }
}
