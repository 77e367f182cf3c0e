package org.civicspace.reprisals.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.civicspace.reprisals.statistics.domain.SmallCellSuppression;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Counts of cases for dashboards and the annual report, by up to two dimensions. Erased cases still count; every
 * cell below five is suppressed, and no totals are given.
 */
@ApplicationScoped
public class StatisticsService {

    private final EntityManager entityManager;

    public StatisticsService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "StatisticsCell")
    public record Cell(@Schema(example = "{\"COUNTRY\": \"ZZ\"}") Map<Dimension, String> key,
            @Schema(description = "Absent when suppressed") Long count, boolean suppressed) {
    }

    @Transactional
    public List<Cell> count(List<Dimension> dimensions, Optional<Integer> year, boolean annualReportOnly) {
        String columns = String.join(", ", dimensions.stream().map(d -> d.expression).toList());
        StringBuilder sql = new StringBuilder("SELECT ").append(columns)
                .append(", count(DISTINCT c.id) FROM reprisal_case c")
                .append(dimensions.contains(Dimension.ACT_TYPE) ? " JOIN case_act a ON a.case_id = c.id" : "")
                .append(" WHERE 1 = 1");
        year.ifPresent(y -> sql.append(" AND EXTRACT(YEAR FROM c.reported_at) = ").append(y.intValue()));
        if (annualReportOnly) {
            sql.append(" AND c.annual_report IS NOT NULL");
        }
        sql.append(" GROUP BY ").append(columns).append(" ORDER BY ").append(columns);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql.toString(), Object[].class).getResultList();
        return rows.stream().map(row -> cell(dimensions, row)).toList();
    }

    private static Cell cell(List<Dimension> dimensions, Object[] row) {
        Map<Dimension, String> key = new LinkedHashMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            key.put(dimensions.get(i), String.valueOf(row[i]));
        }
        OptionalLong count = SmallCellSuppression.publishable(((Number) row[dimensions.size()]).longValue());
        return new Cell(key, count.isPresent() ? count.getAsLong() : null, count.isEmpty());
    }
}
