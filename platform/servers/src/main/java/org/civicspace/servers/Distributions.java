package org.civicspace.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where the build put the real servers' distributions (written by the platform-server-dists module). */
final class Distributions {

    private static final Properties PROPERTIES = load();

    private Distributions() {
    }

    static String kafkaClasspath() {
        return PROPERTIES.getProperty("kafka.classpath");
    }

    static String keycloakVersion() {
        return PROPERTIES.getProperty("keycloak.version");
    }

    static Path keycloakZip() {
        Path zip = Path.of(PROPERTIES.getProperty("keycloak.zip"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution missing at " + zip + "; run ./mvnw install first");
        }
        return zip;
    }

    private static Properties load() {
        try (InputStream in = Distributions.class.getResourceAsStream("distributions.properties")) {
            if (in == null) {
                throw new IllegalStateException("distributions.properties missing: build platform/server-dists");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
