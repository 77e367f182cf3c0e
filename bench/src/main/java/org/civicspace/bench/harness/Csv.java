package org.civicspace.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** The raw runs of a benchmark, kept across invocations: one CSV file, its header written once. */
public final class Csv {

    private Csv() {
    }

    /** Appends {@code rows} to {@code file}, creating it with {@code header} first when it does not exist. */
    public static void append(Path file, String header, List<String> rows) {
        boolean exists = Files.exists(file);
        List<String> lines = new ArrayList<>();
        if (!exists) {
            lines.add(header);
        }
        lines.addAll(rows);
        try {
            Files.write(file, lines, exists ? new OpenOption[] { StandardOpenOption.APPEND } : new OpenOption[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
