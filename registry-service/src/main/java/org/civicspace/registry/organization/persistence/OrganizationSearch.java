package org.civicspace.registry.organization.persistence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.civicspace.platform.web.paging.Cursor;

/**
 * The registry's search, in one place: trigram matching over all names (typo tolerant, index backed), filters,
 * and keyset pagination in three orders. Every value reaches SQL as a bound parameter.
 */
@ApplicationScoped
public class OrganizationSearch {

    private final EntityManager entityManager;

    public OrganizationSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code limit + 1} organisations after the cursor: the extra one tells that another page follows. */
    @SuppressWarnings("unchecked")
    public List<OrganizationEntity> find(OrganizationQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("SELECT o.* FROM organization o WHERE true");
        appendFilters(query, sql, parameters);
        appendKeysetAndOrder(query, sql, parameters);
        sql.append(" LIMIT :limit");
        parameters.put("limit", query.limit() + 1);
        Query search = entityManager.createNativeQuery(sql.toString(), OrganizationEntity.class);
        parameters.forEach(search::setParameter);
        return search.getResultList();
    }

    /** The cursor that continues after {@code last} in {@code sort}. */
    public Cursor cursorAfter(OrganizationEntity last, OrganizationQuery query) {
        return switch (query.sort()) {
            case NAME -> Cursor.after(last.legalName.toLowerCase(java.util.Locale.ROOT), last.id.toString());
            case REGISTERED -> Cursor.after(last.registeredAt.toString(), last.id.toString());
            case RELEVANCE -> Cursor.after(Float.toString(relevance(query.text(), last.id)), last.id.toString());
        };
    }

    /** Counts of organisations the public sees, grouped by {@code dimension}. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> countBy(Dimension dimension) {
        List<Object[]> rows = entityManager.createNativeQuery(dimension.sql).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** What statistics group by. */
    public enum Dimension {
        COUNTRY("SELECT headquarters_country, count(*) FROM organization WHERE status <> 'pending' "
                + "GROUP BY 1 ORDER BY 2 DESC, 1"),
        TYPE("SELECT type, count(*) FROM organization WHERE status <> 'pending' GROUP BY 1 ORDER BY 2 DESC, 1"),
        THEME("SELECT theme, count(*) FROM organization, unnest(themes) AS theme WHERE status <> 'pending' "
                + "GROUP BY 1 ORDER BY 2 DESC, 1"),
        STATUS("SELECT status, count(*) FROM organization WHERE status <> 'pending' GROUP BY 1 ORDER BY 2 DESC, 1"),
        ACCREDITATION("""
                SELECT accreditation, count(*) FROM (
                  SELECT 'dgc' AS accreditation FROM organization
                   WHERE status <> 'pending' AND dgc_associated_since IS NOT NULL
                  UNION ALL
                  SELECT 'ecosoc-' || ecosoc_status FROM organization
                   WHERE status <> 'pending' AND ecosoc_status IS NOT NULL
                  UNION ALL
                  SELECT 'none' FROM organization
                   WHERE status <> 'pending' AND dgc_associated_since IS NULL AND ecosoc_status IS NULL
                ) a GROUP BY 1 ORDER BY 2 DESC, 1""");

        private final String sql;

        Dimension(String sql) {
            this.sql = sql;
        }
    }

    private static void appendFilters(OrganizationQuery query, StringBuilder sql, Map<String, Object> parameters) {
        if (query.publicOnly()) {
            sql.append(" AND o.status <> 'pending'");
        }
        if (query.hasText()) {
            // substring match, or a word that is within a small edit of the query (pg_trgm word similarity)
            sql.append(" AND (o.search_text LIKE :likeText OR :text <% o.search_text)");
            parameters.put("likeText", "%" + query.text() + "%");
            parameters.put("text", query.text());
        }
        if (!query.countries().isEmpty()) {
            sql.append(" AND o.headquarters_country IN (:countries)");
            parameters.put("countries", query.countries());
        }
        if (!query.types().isEmpty()) {
            sql.append(" AND o.type IN (:types)");
            parameters.put("types", query.types());
        }
        if (!query.themes().isEmpty()) {
            sql.append(" AND o.themes && CAST(:themes AS text[])");
            parameters.put("themes", "{" + String.join(",", query.themes()) + "}");
        }
        if (!query.statuses().isEmpty()) {
            sql.append(" AND o.status IN (:statuses)");
            parameters.put("statuses", query.statuses());
        }
        query.accreditation().ifPresent(accreditation -> {
            switch (accreditation) {
                case "dgc" -> sql.append(" AND o.dgc_associated_since IS NOT NULL");
                case "ecosoc" -> sql.append(" AND o.ecosoc_status IS NOT NULL");
                case "none" -> sql.append(" AND o.dgc_associated_since IS NULL AND o.ecosoc_status IS NULL");
                default -> {
                    sql.append(" AND o.ecosoc_status = :ecosoc");
                    parameters.put("ecosoc", accreditation.substring("ecosoc-".length()));
                }
            }
        });
    }

    private static void appendKeysetAndOrder(OrganizationQuery query, StringBuilder sql,
            Map<String, Object> parameters) {
        query.after().ifPresent(cursor -> {
            parameters.put("afterId", UUID.fromString(cursor.key(1)));
            switch (query.sort()) {
                case NAME -> {
                    sql.append(" AND (lower(o.legal_name), o.id) > (:afterName, :afterId)");
                    parameters.put("afterName", cursor.key(0));
                }
                case REGISTERED -> {
                    sql.append(" AND (o.registered_at, o.id) < (:afterRegistered, :afterId)");
                    parameters.put("afterRegistered", Instant.parse(cursor.key(0)));
                }
                case RELEVANCE -> {
                    sql.append(" AND (word_similarity(:text, o.search_text) < CAST(:afterScore AS real)"
                            + " OR (word_similarity(:text, o.search_text) = CAST(:afterScore AS real)"
                            + " AND o.id > :afterId))");
                    parameters.put("afterScore", cursor.key(0));
                }
            }
        });
        sql.append(switch (query.sort()) {
            case NAME -> " ORDER BY lower(o.legal_name), o.id";
            case REGISTERED -> " ORDER BY o.registered_at DESC, o.id DESC";
            case RELEVANCE -> " ORDER BY word_similarity(:text, o.search_text) DESC, o.id";
        });
    }

    private float relevance(String text, UUID id) {
        Object score = entityManager.createNativeQuery(
                "SELECT word_similarity(:text, search_text) FROM organization WHERE id = :id")
                .setParameter("text", text).setParameter("id", id).getSingleResult();
        return ((Number) score).floatValue();
    }
}
