package org.civicspace.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * PostgreSQL runs detached from the launcher. If a launcher was killed without stopping it, its server is still
 * running on our data directory: stop exactly that server, by the process id it wrote in {@code postmaster.pid}.
 */
final class OrphanedPostgres {

    private OrphanedPostgres() {
    }

    static void stopIfRunning(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).trim());
            ProcessHandle.of(pid)
                    .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .ifPresent(process -> {
                        System.out.println("Stopping PostgreSQL " + pid + " left running by an earlier launcher");
                        process.destroy();
                        process.onExit().completeOnTimeout(process, Duration.ofSeconds(30).toSeconds(),
                                java.util.concurrent.TimeUnit.SECONDS).join();
                    });
        } catch (IOException | RuntimeException e) {
            System.err.println("could not check " + pidFile + ": " + e.getMessage());
        }
    }
}
