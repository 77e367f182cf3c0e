package org.civicspace.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started through ServerProcess never outlives its owner, and stops when asked. */
class ServerProcessTest {

    @TempDir
    Path directory;

    @Test
    void stopsServerAndWatchdogOnClose() {
        ServerProcess server = ServerProcess.start("sleeper", List.of("sleep", "300"), Map.of(), directory,
                directory.resolve("sleeper.log"));
        awaitServerRunning(server);
        List<ProcessHandle> tree = ProcessHandle.of(server.pid()).orElseThrow().descendants().toList();

        server.close();

        assertThat(server.isAlive()).isFalse();
        assertThat(tree).isNotEmpty().noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void endsServerWhenItsOwnerDies() throws IOException, InterruptedException {
        Process owner = new ProcessBuilder("sleep", "300").start();
        ServerProcess server = ServerProcess.start("orphan-to-be", List.of("sleep", "300"), Map.of(), directory,
                directory.resolve("orphan.log"), owner.pid());
        awaitServerRunning(server);
        List<ProcessHandle> tree = ProcessHandle.of(server.pid()).orElseThrow().descendants().toList();

        owner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        assertThat(ProcessHandle.of(server.pid()).map(p -> p.onExit().completeOnTimeout(p, 15, TimeUnit.SECONDS)
                .join().isAlive()).orElse(false)).isFalse();
        tree.forEach(p -> p.onExit().completeOnTimeout(p, 15, TimeUnit.SECONDS).join());
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void killsAServerThatIgnoresTermOnceItsOwnerIsGone() throws IOException, InterruptedException {
        Process owner = new ProcessBuilder("sleep", "300").start();
        // a server whose shutdown hangs: it ignores TERM (an ignored signal stays ignored across exec)
        ServerProcess server = ServerProcess.start("stubborn", List.of("bash", "-c", "trap '' TERM; exec sleep 300"),
                Map.of("CIVICSPACE_STOP_GRACE_SECONDS", "2"), directory, directory.resolve("stubborn.log"),
                owner.pid());
        awaitServerRunning(server);
        List<ProcessHandle> tree = ProcessHandle.of(server.pid()).orElseThrow().descendants().toList();

        owner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        ProcessHandle stubborn = tree.get(0);
        assertThat(stubborn.onExit().completeOnTimeout(stubborn, 20, TimeUnit.SECONDS).join().isAlive()).isFalse();
    }

    @Test
    void crashKillsTheServerAtOnce() {
        ServerProcess server = ServerProcess.start("crasher", List.of("sleep", "300"), Map.of(), directory,
                directory.resolve("crasher.log"));
        awaitServerRunning(server);

        server.crash();

        assertThat(server.isAlive()).isFalse();
    }

    private static void awaitServerRunning(ServerProcess server) {
        server.awaitReady(() -> ProcessHandle.of(server.pid()).orElseThrow().descendants().findAny().isPresent(),
                Duration.ofSeconds(10));
    }

    @Test
    void reportsServerThatExitsBeforeBeingReady() throws IOException {
        Path log = directory.resolve("failing.log");
        ServerProcess server = ServerProcess.start("failing", List.of("bash", "-c", "echo boom; exit 3"), Map.of(),
                directory, log);

        assertThatThrownBy(() -> server.awaitReady(() -> false, Duration.ofSeconds(20)))
                .hasMessageContaining("failing exited");
        assertThat(Files.readString(log)).contains("boom");
    }
}
