package org.civicspace.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the local stack lives and listens: {@code deploy/stack.properties} for the services, environment variables
 * ({@code CIVICSPACE_*_PORT}) for every port, {@code CIVICSPACE_WITHOUT} for the services a developer runs instead.
 */
record StackSettings(Path root, Path data, int postgresPort, int kafkaPort, int kafkaControllerPort,
        int keycloakPort, int smtpPort, int imapPort, List<ServiceSettings> services) {

    /**
     * One service of the stack.
     *
     * @param sendsMail         {@code <name>.sends-mail=true}: the service is pointed at the stack's mail server
     * @param startedByLauncher false for a service named in {@code CIVICSPACE_WITHOUT}: the launcher prepares its
     *                          database and settings and routes to its port, but a developer runs it
     *                          ({@code ./mvnw quarkus:dev})
     */
    record ServiceSettings(String name, Path module, int port, Optional<String> database,
            Optional<String> databaseOwner, Map<String, String> environment, List<String> generatedSecrets,
            boolean sendsMail, boolean startedByLauncher) {

        Path runnableJar() {
            return module.resolve("target/quarkus-app/quarkus-run.jar");
        }

        boolean isBuilt() {
            return Files.isRegularFile(runnableJar());
        }
    }

    static StackSettings load(Path root, Map<String, String> environment) {
        Properties stack = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve("deploy/stack.properties"))) {
            stack.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read deploy/stack.properties", e);
        }
        // CIVICSPACE_SERVICES=registry,gateway starts only those; by default every service listed
        List<String> selected = list(environment.getOrDefault("CIVICSPACE_SERVICES",
                stack.getProperty("services", "")));
        // CIVICSPACE_WITHOUT=registry: everything is prepared for registry, but the developer runs it (quarkus:dev)
        List<String> without = list(environment.getOrDefault("CIVICSPACE_WITHOUT", ""));
        for (String name : without) {
            if (!selected.contains(name)) {
                throw new IllegalArgumentException("CIVICSPACE_WITHOUT names '" + name + "', which is not a service "
                        + "of the stack; the services are " + String.join(", ", selected));
            }
        }
        List<ServiceSettings> services = selected.stream()
                .map(name -> new ServiceSettings(name,
                        root.resolve(stack.getProperty(name + ".module")),
                        port(environment, name, Integer.parseInt(stack.getProperty(name + ".port"))),
                        Optional.ofNullable(stack.getProperty(name + ".database")),
                        Optional.ofNullable(stack.getProperty(name + ".database-owner")),
                        environmentOf(stack, name),
                        list(stack.getProperty(name + ".generated-secrets", "")),
                        Boolean.parseBoolean(stack.getProperty(name + ".sends-mail", "false")),
                        !without.contains(name)))
                .toList();
        // CIVICSPACE_DATA puts the stack's data elsewhere (the end-to-end tests keep theirs under target/)
        Path data = environment.containsKey("CIVICSPACE_DATA") ? Path.of(environment.get("CIVICSPACE_DATA"))
                : root.resolve(".data");
        return new StackSettings(root, data,
                port(environment, "postgres", 15432),
                port(environment, "kafka", 19092),
                port(environment, "kafka_controller", 19093),
                port(environment, "keycloak", 8180),
                port(environment, "smtp", 2525),
                port(environment, "imap", 2143),
                services);
    }

    /** {@code <service>.env.NAME=value} lines: fixed environment of a service in the local stack. */
    private static Map<String, String> environmentOf(Properties stack, String service) {
        String prefix = service + ".env.";
        Map<String, String> environment = new java.util.TreeMap<>();
        stack.stringPropertyNames().stream().filter(key -> key.startsWith(prefix))
                .forEach(key -> environment.put(key.substring(prefix.length()), stack.getProperty(key)));
        return environment;
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static int port(Map<String, String> environment, String name, int defaultPort) {
        String variable = "CIVICSPACE_" + name.toUpperCase(Locale.ROOT) + "_PORT";
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number, not '" + value + "'");
        }
    }
}
