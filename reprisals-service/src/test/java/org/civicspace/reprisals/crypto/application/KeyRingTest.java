package org.civicspace.reprisals.crypto.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.civicspace.reprisals.commons.application.ReprisalsConfig;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class KeyRingTest {

    static final String KEY = "gounGPtRz9XwSo1Jzr4z5c2Qrb4XyugxsLtF5YzMgLs=";

    @Test
    void failsFastWithAnActionableMessageWithoutAMasterKey() {
        assertThatThrownBy(() -> KeyRing.of(Map.of(), "primary", Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CIVICSPACE_REPRISALS_MASTER_KEY");
    }

    @Test
    void refusesKeysThatAreNot256Bits() {
        assertThatThrownBy(() -> KeyRing.of(Map.of(), "primary", Optional.of("c2hvcnQ=")))
                .hasMessageContaining("256 bits");
    }

    @Test
    void takesTheActiveKeyFromTheEnvironmentVariableAlone() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(ReprisalsConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(Map.of(
                        "civicspace.reprisals.active-key-id", "primary",
                        "civicspace.reprisals.master-key", KEY), "production-like", 100))
                .build();
        ReprisalsConfig reprisals = config.getConfigMapping(ReprisalsConfig.class);

        KeyRing ring = KeyRing.of(reprisals.masterKeys(), reprisals.activeKeyId(), reprisals.masterKey());

        assertThat(ring.activeKeyId()).isEqualTo("primary");
        assertThat(ring.keyIds()).containsExactly("primary");
    }
}
