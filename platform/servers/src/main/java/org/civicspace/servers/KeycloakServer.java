package org.civicspace.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The real Keycloak server ({@code org.keycloak:keycloak-quarkus-dist}), unpacked into a directory of its owner and
 * started in development mode on 127.0.0.1 with the Civic Space realm imported.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "civicspace";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    private final int port;
    private final ServerProcess process;

    private KeycloakServer(int port, ServerProcess process) {
        this.port = port;
        this.process = process;
    }

    /**
     * Unpacks Keycloak into {@code directory} (once), imports {@code realmJson} and starts it on {@code port}.
     *
     * @param persistent keep users, sessions and keys in {@code directory} across restarts (local stack); when
     *                   false the realm lives in memory only and is imported afresh on every start (tests)
     */
    public static KeycloakServer start(Path directory, int port, Path realmJson, boolean persistent) {
        Path home = unpack(directory);
        try {
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            Files.copy(realmJson, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=" + Ports.LOOPBACK,
                "--http-port=" + port,
                "--http-management-port=" + Ports.free(),
                "--db=" + (persistent ? "dev-file" : "dev-mem"),
                "--import-realm");
        Map<String, String> environment = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "KC_LOG_LEVEL", "info");
        ServerProcess process = ServerProcess.start("keycloak", command, environment, home,
                directory.resolve("keycloak.log"));
        KeycloakServer server = new KeycloakServer(port, process);
        process.awaitReady(server::answersDiscovery, START_TIMEOUT);
        return server;
    }

    public String url() {
        return "http://" + Ports.LOOPBACK + ":" + port;
    }

    /** The issuer of the Civic Space realm's tokens, as Quarkus OIDC's {@code auth-server-url} wants it. */
    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.close();
    }

    private boolean answersDiscovery() {
        return HttpProbe.answersOk(realmUrl() + "/.well-known/openid-configuration");
    }

    private static Path unpack(Path directory) {
        Path home = directory.resolve("keycloak-" + Distributions.keycloakVersion());
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path partial = directory.resolve("unpacking");
        try (InputStream in = Files.newInputStream(Distributions.keycloakZip());
                ZipInputStream zip = new ZipInputStream(in)) {
            Files.createDirectories(partial);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            // the zip holds one top-level folder, keycloak-<version>
            Files.move(partial.resolve("keycloak-" + Distributions.keycloakVersion()), home);
            Files.delete(partial);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack Keycloak into " + directory, e);
        }
    }
}
