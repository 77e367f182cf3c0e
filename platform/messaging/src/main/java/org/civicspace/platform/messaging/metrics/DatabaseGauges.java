package org.civicspace.platform.messaging.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/**
 * Gauges whose value is one number read from the service's database each time Prometheus scrapes. A gauge that
 * cannot be read (database down, query too slow) reports NaN: the scrape still succeeds with every other metric, and
 * the alert on the number neither fires nor clears on a guess.
 */
@ApplicationScoped
public class DatabaseGauges {

    /** The tag naming the service; not {@code service}, which the Prometheus Operator sets on every target. */
    public static final String APPLICATION_TAG = "application";
    /** A scrape waits at most this long for one gauge; Prometheus' own scrape timeout is 10 s by default. */
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final MeterRegistry registry;
    private final String application;

    public DatabaseGauges(DataSource dataSource, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.application = application;
    }

    /** The service's name, the value of {@value #APPLICATION_TAG} on every Civic Space meter. */
    public String application() {
        return application;
    }

    /**
     * Registers gauge {@code name} (Micrometer's dotted form) whose value is the first column of the first row of
     * {@code sql}; NULL reads as 0 (nothing to count, nothing waiting).
     *
     * @param baseUnit e.g. {@code seconds}, appended to the Prometheus name; null for a plain count
     */
    public void register(String name, String description, String baseUnit, String sql) {
        Gauge.builder(name, () -> read(name, sql))
                .description(description)
                .baseUnit(baseUnit)
                .tag(APPLICATION_TAG, application)
                .strongReference(true)
                .register(registry);
    }

    private double read(String name, String sql) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setQueryTimeout((int) QUERY_TIMEOUT.toSeconds());
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getDouble(1) : 0;
            }
        } catch (SQLException | RuntimeException e) {
            Log.debugf("gauge %s cannot be read, reporting NaN: %s", name, e.getMessage());
            return Double.NaN;
        }
    }
}
