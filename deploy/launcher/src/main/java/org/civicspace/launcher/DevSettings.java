package org.civicspace.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settings file a service's {@code %dev} profile reads ({@code quarkus.config.locations}), so that
 * {@code ./mvnw quarkus:dev -pl <module>} runs against the local stack exactly as the launcher would run the service:
 * the same database login, Kafka principal, Keycloak realm, port and secrets. Rewritten at every start, since the
 * ports may change ({@code CIVICSPACE_<NAME>_PORT}); owner-readable only, as it holds the service's passwords.
 */
final class DevSettings {

    /**
     * Above {@code application.properties} (250), so that these addresses win over its defaults; below a {@code .env}
     * file (295) and environment variables (300), so that a developer can still override one of them.
     */
    static final int ORDINAL = 275;

    private DevSettings() {
    }

    static void write(Path file, String service, Map<String, String> settings) {
        StringBuilder text = new StringBuilder("# settings of ").append(service)
                .append(" on the local stack, for ./mvnw quarkus:dev; written by ./civicspace start, never commit\n")
                .append("config_ordinal=").append(ORDINAL).append('\n');
        new TreeMap<>(settings).forEach((name, value) -> text.append(name).append('=').append(escaped(value))
                .append('\n'));
        try {
            Files.writeString(file, "");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A value as a properties file reads it back: backslashes and line breaks escaped. */
    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
