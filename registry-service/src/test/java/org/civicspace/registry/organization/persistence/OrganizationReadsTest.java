package org.civicspace.registry.organization.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.ConnectException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.pgclient.PgException;

/**
 * The reactive read of one organisation gives back every column Hibernate ORM stores, so that the views built from
 * either read are the same. A column added to {@link OrganizationEntity} but not to {@link OrganizationReads} fails
 * here: the stored organisation has every field set.
 */
@QuarkusTest
class OrganizationReadsTest {

    private static final long WAIT_SECONDS = 10;

    @Inject
    OrganizationReads reads;

    @Test
    void readsEveryColumnThatHibernateWrites() throws Exception {
        UUID headquarters = QuarkusTransaction.requiringNew().call(() -> everyFieldSet(null).id);
        OrganizationEntity stored = QuarkusTransaction.requiringNew().call(() -> everyFieldSet(headquarters));

        OrganizationEntity read = read(stored.id);

        assertThat(read).isNotNull();
        for (Field field : columns()) {
            assertThat(field.get(stored)).as("stored %s", field.getName()).isNotNull();
            assertThat(field.get(read)).as(field.getName()).isEqualTo(field.get(stored));
        }
    }

    @Test
    void findsNothingForAnUnknownId() throws Exception {
        assertThat(read(UUID.randomUUID())).isNull();
    }

    private OrganizationEntity read(UUID id) throws Exception {
        return reads.find(id).toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void turnsTheJdbcAddressIntoTheReactiveClients() {
        assertThat(OrganizationReads.withoutJdbcPrefix("jdbc:postgresql://db:5432/registry?sslmode=require"))
                .isEqualTo("postgresql://db:5432/registry?sslmode=require");
    }

    @Test
    void reportsAnUnreachableDatabaseAsAConnectionFailure() {
        // class 08 is what the API answers with 503 and Retry-After instead of 500
        assertThat(OrganizationReads.asSqlException(new ConnectException("Connection refused")).getSQLState())
                .isEqualTo("08006");
        assertThat(OrganizationReads.asSqlException(new PgException("terminating connection due to administrator "
                + "command", "FATAL", "57P01", null)).getSQLState()).isEqualTo("57P01");
    }

    private static List<Field> columns() {
        return Arrays.stream(OrganizationEntity.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers()))
                .toList();
    }

    private static OrganizationEntity everyFieldSet(UUID parentId) {
        // microseconds: what PostgreSQL keeps of an instant
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        OrganizationEntity organization = new OrganizationEntity();
        organization.id = UUID.randomUUID();
        organization.identifierAgency = "XX-TEST";
        organization.identifierNumber = organization.id.toString();
        organization.legalName = "Fundación Lectura Abierta";
        organization.acronym = "FLA";
        Map<String, String> otherNames = new LinkedHashMap<>();
        otherNames.put("en", "Open Reading Foundation");
        otherNames.put("fr", "Fondation Lecture Ouverte");
        organization.otherNames = otherNames;
        organization.searchText = "fundacion lectura abierta fla";
        organization.type = parentId == null ? "international-ngo" : "national-ngo";
        organization.headquartersCountry = "AR";
        organization.countriesOfOperation = List.of("AR", "UY");
        organization.themes = List.of("sdg-4", "human-rights");
        organization.workingLanguages = List.of("es", "en");
        organization.yearFounded = 1998;
        organization.website = "https://lectura.example.org";
        organization.contactEmail = "info@lectura.example.org";
        organization.contactPhone = "+54 11 5555 0100";
        organization.contactAddress = "Av. Corrientes 1234, Buenos Aires";
        organization.status = "active";
        organization.statusReason = "Reviewed by DGC";
        organization.parentId = parentId;
        organization.dgcAssociatedSince = LocalDate.of(2020, 3, 1);
        organization.dgcAsOf = now.minusSeconds(3600);
        organization.ecosocStatus = "special";
        organization.ecosocSince = LocalDate.of(2021, 7, 15);
        organization.ecosocAsOf = now.minusSeconds(1800);
        organization.registeredAt = now.minusSeconds(86_400);
        organization.activatedAt = now.minusSeconds(7200);
        organization.updatedAt = now;
        organization.persist();
        return organization;
    }
}
