package org.civicspace.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StackSettingsTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void leavesTheServicesNamedWithoutToTheDeveloper() {
        StackSettings settings = StackSettings.load(ROOT, Map.of("CIVICSPACE_WITHOUT", "registry",
                "CIVICSPACE_REGISTRY_PORT", "28081"));

        assertThat(settings.services()).filteredOn(service -> !service.startedByLauncher())
                .singleElement().satisfies(registry -> {
                    assertThat(registry.name()).isEqualTo("registry");
                    assertThat(registry.port()).isEqualTo(28081);
                    assertThat(registry.database()).contains("registry");
                });
        assertThat(settings.services()).filteredOn(StackSettings.ServiceSettings::startedByLauncher)
                .extracting(StackSettings.ServiceSettings::name)
                .containsExactly("accreditation", "events", "reprisals", "notifications", "gateway");
    }

    @Test
    void refusesToLeaveOutAServiceTheStackDoesNotHave() {
        assertThatThrownBy(() -> StackSettings.load(ROOT, Map.of("CIVICSPACE_WITHOUT", "registy")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'registy'")
                .hasMessageContaining("registry, accreditation, events, reprisals, notifications, gateway");
    }
}
