package org.civicspace.servers;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A real server running as a child process, tied to its owner: a small shell watchdog ends the server when the
 * owning JVM dies, even by {@code kill -9}, so that no server outlives whoever started it.
 */
public final class ServerProcess implements AutoCloseable {

    private final String name;
    private final Process watchdog;
    private final Path log;

    private ServerProcess(String name, Process watchdog, Path log) {
        this.name = name;
        this.watchdog = watchdog;
        this.log = log;
    }

    /**
     * Starts {@code command} under a watchdog bound to this JVM, with its output appended to {@code log}.
     */
    public static ServerProcess start(String name, List<String> command, Map<String, String> environment,
            Path workingDirectory, Path log) {
        return start(name, command, environment, workingDirectory, log, ProcessHandle.current().pid());
    }

    /** As {@link #start(String, List, Map, Path, Path)}, with the server bound to the lifetime of process {@code owner}. */
    static ServerProcess start(String name, List<String> command, Map<String, String> environment,
            Path workingDirectory, Path log, long owner) {
        List<String> wrapped = new ArrayList<>();
        wrapped.add("bash");
        wrapped.add("-c");
        // The server runs in the background; the watchdog forwards TERM/INT to it, and ends it when the owner is
        // gone. Killing the watchdog's process id therefore stops exactly this server and nothing else. A server
        // that has not stopped 30 s (CIVICSPACE_STOP_GRACE_SECONDS) after TERM is killed, so that none outlives its
        // owner even if its shutdown hangs (a Kafka broker can) and the owner is killed while it waits.
        wrapped.add("""
                owner=$1; shift
                server=
                stop() {
                  kill -TERM $server 2>/dev/null || return 0
                  for i in $(seq 1 "${CIVICSPACE_STOP_GRACE_SECONDS:-30}"); do
                    kill -0 $server 2>/dev/null || return 0; sleep 1
                  done
                  kill -KILL $server 2>/dev/null
                }
                trap '[ -n "$server" ] && stop; exit 0' TERM INT
                "$@" &
                server=$!
                while kill -0 "$owner" 2>/dev/null && kill -0 "$server" 2>/dev/null; do sleep 1 & wait $!; done
                stop
                wait $server
                """);
        wrapped.add(name + "-watchdog");
        wrapped.add(Long.toString(owner));
        wrapped.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(wrapped)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            return new ServerProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Waits until {@code ready} holds, failing early when the server exits. */
    public void awaitReady(BooleanSupplier ready, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!watchdog.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + watchdog.exitValue() + "; see " + log);
            }
            if (ready.getAsBoolean()) {
                return;
            }
            sleep(Duration.ofMillis(200));
        }
        close();
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    public boolean isAlive() {
        return watchdog.isAlive();
    }

    /** The process id of the watchdog, which is what {@code kill} should be given to stop this server. */
    public long pid() {
        return watchdog.pid();
    }

    public Path log() {
        return log;
    }

    /** Kills the server itself with SIGKILL, as a crash would; the watchdog then exits too. */
    public void crash() {
        watchdog.descendants().forEach(ProcessHandle::destroyForcibly);
        waitForExit(Duration.ofSeconds(30));
    }

    /** Stops the server gracefully (SIGTERM), and forcibly if it has not stopped within 60 seconds. */
    @Override
    public void close() {
        if (!watchdog.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = watchdog.descendants().toList();
        watchdog.destroy();
        if (!waitForExit(Duration.ofSeconds(60))) {
            tree.forEach(ProcessHandle::destroyForcibly);
            watchdog.destroyForcibly();
            waitForExit(Duration.ofSeconds(10));
        }
        tree.forEach(process -> process.onExit().completeOnTimeout(process, 10, TimeUnit.SECONDS).join());
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return watchdog.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
