package org.civicspace.reprisals.statistics.application;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.commons.domain.Actor;
import org.civicspace.reprisals.statistics.domain.SmallCellSuppression;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Counts of cases. The published statistics are a fixed set of tables per calendar year, computed once when the
 * first one of them is asked for after the year ended, stored, and answered unchanged ever after; every cell is
 * rounded down to a multiple of five and cells below five are left out ({@link SmallCellSuppression}). An officer's
 * caseload counts exactly, but only the cases the officer may see. A stored table keeps dimensions and values as
 * the database spells them (constants' names); they are spelled for the wire when read.
 */
@ApplicationScoped
public class StatisticsService {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final AuditLog audit;

    public StatisticsService(EntityManager entityManager, ObjectMapper json, AuditLog audit) {
        this.entityManager = entityManager;
        this.json = json;
        this.audit = audit;
    }

    @Schema(name = "StatisticsCell")
    public record Cell(
            @Schema(description = "The cell's value of each dimension of the table, by the dimension's code",
                    example = "{\"country\": \"ZZ\", \"act-type\": \"travel-ban-or-visa-denial\"}")
            Map<Dimension, String> key,
            @Schema(example = "15") long count) {
    }

    /**
     * A cell as {@code published_statistics.cells} keeps it, as it was first written: dimensions and act types by
     * their constants' names ({@code {"ACT_TYPE": "TRAVEL_BAN_OR_VISA_DENIAL"}}), so that no stored year changes.
     */
    record StoredCell(Map<String, String> key, long count) {

        static StoredCell of(List<Dimension> dimensions, Object[] row, long count) {
            Map<String, String> key = new LinkedHashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                key.put(dimensions.get(i).name(), String.valueOf(row[i]));
            }
            return new StoredCell(key, count);
        }

        Cell toWire() {
            Map<Dimension, String> wire = new LinkedHashMap<>();
            key.forEach((name, value) -> {
                Dimension dimension = Dimension.valueOf(name);
                wire.put(dimension, dimension.wireValue(value));
            });
            return new Cell(wire, count);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PublishedStatistics", description = "One published table of one year. Every count is rounded "
            + "down to a multiple of 5; cells below 5 are left out, with their keys.")
    public record Table(@Schema(example = "2025") int year, List<Dimension> dimensions, Instant publishedAt,
            @Schema(example = "5") int roundedDownTo,
            @Schema(description = "Cases reported in the year, rounded down; absent below 5", example = "85")
            Long total,
            List<Cell> cells) {
    }

    /** The published table of {@code year} by {@code dimensions}; empty while the year has not ended. */
    @Transactional
    public Optional<Table> published(int year, List<Dimension> dimensions) {
        if (year >= Instant.now().atZone(ZoneOffset.UTC).getYear()) {
            return Optional.empty();
        }
        String name = Dimension.tableName(dimensions);
        Optional<Table> table = stored(year, name);
        if (table.isEmpty()) {
            publish(year);
            table = stored(year, name);
        }
        return table;
    }

    /** Exact counts over the cases {@code actor} may see: every case for a supervisor, the assigned ones otherwise. */
    @Transactional
    public List<Cell> caseload(Actor actor, List<Dimension> dimensions) {
        List<Object[]> rows = count(dimensions, actor.supervisor() ? ""
                : " AND c.id IN (SELECT s.case_id FROM case_assignment s WHERE s.officer = ?1)",
                actor.supervisor() ? null : actor.subject());
        audit.record(actor, AuditAction.CASELOAD_COUNTED, null, null, Dimension.tableName(dimensions));
        return rows.stream().map(row -> StoredCell.of(dimensions, row, ((Number) row[dimensions.size()]).longValue())
                .toWire()).toList();
    }

    /** Computes and stores every table of {@code year}; a table someone else stored meanwhile is kept as it is. */
    private void publish(int year) {
        Instant now = Instant.now();
        String inYear = " AND c.reported_at >= make_timestamptz(" + year + ", 1, 1, 0, 0, 0, 'UTC')"
                + " AND c.reported_at < make_timestamptz(" + (year + 1) + ", 1, 1, 0, 0, 0, 'UTC')";
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM reprisal_case c WHERE 1 = 1"
                + inYear).getSingleResult()).longValue();
        OptionalLong publishedTotal = SmallCellSuppression.publishable(total);
        for (List<Dimension> dimensions : Dimension.publishedTables()) {
            List<StoredCell> cells = new ArrayList<>();
            for (Object[] row : count(dimensions, inYear, null)) {
                SmallCellSuppression.publishable(((Number) row[dimensions.size()]).longValue())
                        .ifPresent(count -> cells.add(StoredCell.of(dimensions, row, count)));
            }
            entityManager.createNativeQuery("""
                    INSERT INTO published_statistics (year, dimensions, published_at, total, cells)
                    VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (year, dimensions) DO NOTHING""")
                    .setParameter(1, year).setParameter(2, Dimension.tableName(dimensions)).setParameter(3, now)
                    .setParameter(4, publishedTotal.isPresent() ? publishedTotal.getAsLong() : null)
                    .setParameter(5, write(cells)).executeUpdate();
        }
    }

    private Optional<Table> stored(int year, String name) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT published_at, total, cells FROM published_statistics WHERE year = ?1 AND dimensions = ?2""")
                .setParameter(1, year).setParameter(2, name).getResultList();
        return rows.stream().findFirst().map(row -> new Table(year,
                java.util.Arrays.stream(name.split(",")).map(Dimension::valueOf).toList(),
                (Instant) row[0], SmallCellSuppression.THRESHOLD,
                row[1] == null ? null : ((Number) row[1]).longValue(),
                read((String) row[2]).stream().map(StoredCell::toWire).toList()));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> count(List<Dimension> dimensions, String where, String officer) {
        String columns = String.join(", ", dimensions.stream().map(d -> d.expression).toList());
        var query = entityManager.createNativeQuery("SELECT " + columns + ", count(DISTINCT c.id) FROM reprisal_case c"
                + (dimensions.contains(Dimension.ACT_TYPE) ? " JOIN case_act a ON a.case_id = c.id" : "")
                + " WHERE 1 = 1" + where + " GROUP BY " + columns + " ORDER BY " + columns, Object[].class);
        if (officer != null) {
            query.setParameter(1, officer);
        }
        return query.getResultList();
    }

    private String write(List<StoredCell> cells) {
        try {
            return json.writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a statistics table", e);
        }
    }

    private List<StoredCell> read(String cells) {
        try {
            return json.readValue(cells, new TypeReference<List<StoredCell>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored statistics table cannot be read", e);
        }
    }
}
