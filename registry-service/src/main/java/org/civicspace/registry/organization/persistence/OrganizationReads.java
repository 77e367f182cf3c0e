package org.civicspace.registry.organization.persistence;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.engine.spi.SelfDirtinessTracker;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * Reads one organisation with PostgreSQL's reactive client, on the event loop. It serves the API's most frequent
 * call, the GET of one organisation by partners' systems and dashboards, with one prepared statement and no worker
 * thread, transaction or persistence context (through Hibernate ORM the same read reached a seventh of what a raw
 * Vert.x endpoint answers: docs/performance.md). Writes, searches and every other read stay with Hibernate ORM.
 *
 * <p>The pool connects with the datasource's own JDBC address and credentials, so a deployment still configures
 * one database per service. The rows it returns are detached {@link OrganizationEntity} instances, so that the
 * views are built by the same code whichever way a row was read; nothing writes them back.
 */
@ApplicationScoped
public class OrganizationReads {

    private static final String SELECT = """
            SELECT id, identifier_agency, identifier_number, legal_name, acronym, other_names, search_text, type,
                   headquarters_country, countries_of_operation, themes, working_languages, year_founded, website,
                   contact_email, contact_phone, contact_address, status, status_reason, parent_id,
                   dgc_associated_since, dgc_as_of, ecosoc_status, ecosoc_since, ecosoc_as_of, registered_at,
                   activated_at, updated_at, version
            FROM organization WHERE id = $1""";

    /** SQLSTATE 08006, connection failure. */
    static final String CONNECTION_FAILURE = "08006";

    private final Pool pool;

    OrganizationReads(Vertx vertx, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password,
            @ConfigProperty(name = "civicspace.registry.reads.pool-size", defaultValue = "8") int poolSize) {
        PgConnectOptions database = PgConnectOptions.fromUri(withoutJdbcPrefix(jdbcUrl))
                .setUser(username)
                .setPassword(password)
                .setCachePreparedStatements(true);
        this.pool = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(poolSize).setName("organization-reads"))
                .connectingTo(database)
                .using(vertx)
                .build();
    }

    /**
     * The organisation stored under {@code id}, or {@code null}; never managed by a persistence context. A stage
     * rather than a {@code Uni}: a read composes its few steps without a context captured and restored at each
     * (docs/performance.md, service vs raw baseline).
     */
    public CompletionStage<OrganizationEntity> find(UUID id) {
        return pool.preparedQuery(SELECT).execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? organizationOf(rows.iterator().next()) : null)
                .recover(failure -> Future.failedFuture(asSqlException(failure)))
                .toCompletionStage();
    }

    void close(@Observes ShutdownEvent event) {
        pool.close();
    }

    /** {@code jdbc:postgresql://host:port/db?...} as the reactive client writes it: {@code postgresql://...}. */
    static String withoutJdbcPrefix(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring("jdbc:".length()) : jdbcUrl;
    }

    /**
     * The reactive client's failures as JDBC's, so that the API maps them as it maps Hibernate's: an error PostgreSQL
     * reports keeps its SQLSTATE; anything else (connection refused or lost, pool closed) is a connection failure,
     * class 08, which answers 503 with Retry-After (ProblemMappers), not 500.
     */
    static SQLException asSqlException(Throwable failure) {
        if (failure instanceof PgException postgres) {
            return new SQLException(postgres.getMessage(), postgres.getSqlState(), failure);
        }
        return new SQLException("cannot read from the database: " + failure, CONNECTION_FAILURE, failure);
    }

    /** Reads the columns by position, in {@link #SELECT}'s order: a lookup by name per column costs more. */
    private static OrganizationEntity organizationOf(Row row) {
        int column = 0;
        OrganizationEntity organization = new OrganizationEntity();
        if (organization instanceof SelfDirtinessTracker tracker) {
            // as Hibernate ORM does while it loads an entity: nothing writes this one back, and tracking each of
            // the fields set below was a fortieth of this read's CPU
            tracker.$$_hibernate_suspendDirtyTracking(true);
        }
        organization.id = row.getUUID(column++);
        organization.identifierAgency = row.getString(column++);
        organization.identifierNumber = row.getString(column++);
        organization.legalName = row.getString(column++);
        organization.acronym = row.getString(column++);
        organization.otherNames = new LinkedHashMap<>();
        row.getJsonObject(column++).forEach(name -> organization.otherNames.put(name.getKey(),
                String.valueOf(name.getValue())));
        organization.searchText = row.getString(column++);
        organization.type = row.getString(column++);
        organization.headquartersCountry = row.getString(column++);
        organization.countriesOfOperation = Arrays.asList(row.getArrayOfStrings(column++));
        organization.themes = Arrays.asList(row.getArrayOfStrings(column++));
        organization.workingLanguages = Arrays.asList(row.getArrayOfStrings(column++));
        organization.yearFounded = row.getInteger(column++);
        organization.website = row.getString(column++);
        organization.contactEmail = row.getString(column++);
        organization.contactPhone = row.getString(column++);
        organization.contactAddress = row.getString(column++);
        organization.status = row.getString(column++);
        organization.statusReason = row.getString(column++);
        organization.parentId = row.getUUID(column++);
        organization.dgcAssociatedSince = row.getLocalDate(column++);
        organization.dgcAsOf = instant(row.getOffsetDateTime(column++));
        organization.ecosocStatus = row.getString(column++);
        organization.ecosocSince = row.getLocalDate(column++);
        organization.ecosocAsOf = instant(row.getOffsetDateTime(column++));
        organization.registeredAt = instant(row.getOffsetDateTime(column++));
        organization.activatedAt = instant(row.getOffsetDateTime(column++));
        organization.updatedAt = instant(row.getOffsetDateTime(column++));
        organization.version = row.getLong(column++);
        return organization;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
