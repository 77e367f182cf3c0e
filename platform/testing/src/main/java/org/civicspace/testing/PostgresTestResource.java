package org.civicspace.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the service at a real PostgreSQL started for this test JVM, in a database of its own. The database name
 * can be chosen with the init argument {@code database} (default {@code civicspace}). With the init argument
 * {@code owner} the database belongs to that login, which Flyway runs as, and the service runs as a login named
 * after the database that holds only the privileges the migrations grant it.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "civicspace";
    private String owner;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        owner = initArgs.get("owner");
    }

    @Override
    public Map<String, String> start() {
        var postgres = RealServers.postgres();
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", database,
                "quarkus.datasource.password", database));
        if (owner == null) {
            postgres.createDatabase(database, database);
        } else {
            postgres.createDatabaseWithOwner(database, owner, database);
            config.put("quarkus.flyway.jdbc-url", postgres.jdbcUrl(database));
            config.put("quarkus.flyway.username", owner);
            config.put("quarkus.flyway.password", database);
        }
        return config;
    }

    @Override
    public void stop() {
        // the server lives as long as the test JVM, so that each Quarkus restart reuses it
    }
}
