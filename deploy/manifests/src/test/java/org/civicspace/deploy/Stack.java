package org.civicspace.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The local stack's own description of the services (deploy/stack.properties): what every deployment must match. */
final class Stack {

    private static final Properties STACK = load();

    private Stack() {
    }

    /** Service names in start order: registry, accreditation, events, reprisals, gateway. */
    static List<String> names() {
        return Arrays.stream(STACK.getProperty("services").split(",")).map(String::trim).toList();
    }

    /** Module names, which are also the Deployment, image and Keycloak client names. */
    static List<String> modules() {
        return names().stream().map(n -> STACK.getProperty(n + ".module")).toList();
    }

    static int port(String name) {
        return Integer.parseInt(STACK.getProperty(name + ".port"));
    }

    static String module(String name) {
        return STACK.getProperty(name + ".module");
    }

    /** Module name to database name, for the services that own a database. */
    static Map<String, String> databases() {
        Map<String, String> databases = new LinkedHashMap<>();
        for (String name : names()) {
            String database = STACK.getProperty(name + ".database");
            if (database != null) {
                databases.put(module(name), database);
            }
        }
        return databases;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Manifests.ROOT.resolve("deploy/stack.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
