package org.civicspace.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broker formats and starts whatever random cluster id it draws. */
class KafkaBrokerTest {

    @TempDir
    Path directory;

    @Test
    void startsWithAClusterIdThatBeginsWithAHyphen() {
        // the first six bits 111110 are "-" in URL-safe base64: one id in 64 begins so
        String clusterId = KafkaBroker.Base64Uuid.of(new UUID(0xF800_0000_0000_0000L, 42));
        assertThat(clusterId).startsWith("-");

        int port = Ports.free();
        try (KafkaBroker broker = KafkaBroker.start(directory, port, Ports.free(), "256m", clusterId)) {
            assertThat(Ports.isOpen(broker.port())).isTrue();
        }
    }
}
