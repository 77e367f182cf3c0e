package org.civicspace.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSettingsTest {

    @Test
    void writesWhatTheLauncherPassesAsAFileOnlyItsOwnerReads(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("registry.properties");

        DevSettings.write(file, "registry", Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:15432/registry",
                "civicspace.kafka.password", "a\\b=c",
                "CIVICSPACE_SERVICES_GATEWAY_URL", "http://127.0.0.1:8080"));

        Properties read = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            read.load(reader);
        }
        assertThat(read).containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:15432/registry")
                .containsEntry("civicspace.kafka.password", "a\\b=c")
                .containsEntry("CIVICSPACE_SERVICES_GATEWAY_URL", "http://127.0.0.1:8080")
                // above application.properties, below .env and environment variables
                .containsEntry("config_ordinal", "275");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void namesEachSettingByTheEnvironmentVariableTheServicesRead() {
        assertThat(Launcher.environmentName("quarkus.oidc.auth-server-url")).isEqualTo("QUARKUS_OIDC_AUTH_SERVER_URL");
        assertThat(Launcher.environmentName("quarkus.datasource.jdbc.url")).isEqualTo("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(Launcher.environmentName("civicspace.demo-data")).isEqualTo("CIVICSPACE_DEMO_DATA");
        assertThat(Launcher.environmentName("CIVICSPACE_SERVICES_REGISTRY_URL"))
                .isEqualTo("CIVICSPACE_SERVICES_REGISTRY_URL");
    }
}
