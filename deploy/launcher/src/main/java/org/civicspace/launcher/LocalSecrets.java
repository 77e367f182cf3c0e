package org.civicspace.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Secrets the local stack makes for itself, such as the reprisals service's master keys: 256 random bits each,
 * generated on first start, kept (owner-readable only) in {@code .data/secrets/<service>.properties} so that data
 * encrypted under them stays readable across restarts, and deleted with the data by {@code ./civicspace reset}.
 * Never committed, never used outside this machine.
 */
final class LocalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalSecrets() {
    }

    static Map<String, String> of(Path directory, String service, List<String> names) {
        return of(directory, service, names, Base64.getEncoder());
    }

    /**
     * As {@link #of(Path, String, List)}, each secret written with {@code encoding}; URL-safe base64 without padding
     * for passwords that go inside a configuration line, such as Kafka's SCRAM users.
     */
    static Map<String, String> of(Path directory, String service, List<String> names, Base64.Encoder encoding) {
        if (names.isEmpty()) {
            return Map.of();
        }
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(service + ".properties");
            Properties secrets = new Properties();
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    secrets.load(reader);
                }
            }
            boolean changed = false;
            for (String name : names) {
                if (!secrets.containsKey(name)) {
                    byte[] key = new byte[32];
                    RANDOM.nextBytes(key);
                    secrets.setProperty(name, encoding.encodeToString(key));
                    changed = true;
                }
            }
            if (changed) {
                try (Writer writer = Files.newBufferedWriter(file)) {
                    secrets.store(writer, "local secrets of " + service + ": generated, never commit");
                }
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            Map<String, String> environment = new TreeMap<>();
            names.forEach(name -> environment.put(name, secrets.getProperty(name)));
            return environment;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the local secrets of " + service, e);
        }
    }
}
