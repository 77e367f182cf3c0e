package org.civicspace.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the service at a real PostgreSQL started for this test JVM, in a database of its own. The database name
 * can be chosen with the init argument {@code database} (default {@code civicspace}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "civicspace";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        var postgres = RealServers.postgres();
        postgres.createDatabase(database, database);
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", database,
                "quarkus.datasource.password", database);
    }

    @Override
    public void stop() {
        // the server lives as long as the test JVM, so that each Quarkus restart reuses it
    }
}
