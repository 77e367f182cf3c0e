package org.civicspace.registry.organization.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The relevance of an organisation whose names hold the query as whole words: above any word similarity (at most
     * 1), so those organisations come first, in id order. That order is one an index gives (the primary key, walked
     * until a page is full), so a common word no longer computes word_similarity for every organisation it matches.
     */
    static final float WHOLE_WORDS_RANK = 2f;

    /** The relevance of an organisation whose names hold the query's spelling correction as whole words. */
    static final float CORRECTED_RANK = 1.5f;

    /** Longer queries are not corrected word by word; they still match by word similarity. */
    static final int MAX_CORRECTED_WORDS = 8;

    private final EntityManager entityManager;

    public OrganizationSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code limit + 1} organisations after the cursor: the extra one tells that another page follows. */
    @SuppressWarnings("unchecked")
    public List<OrganizationEntity> find(OrganizationQuery query) {
        if (query.hasText() && query.hasFilters()) {
            planForBoundValues();
        }
        if (query.sort() == OrganizationQuery.Sort.RELEVANCE) {
            return findByRelevance(query);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("SELECT o.* FROM organization o WHERE true");
        appendFilters(query, sql, parameters, true);
        appendKeysetAndOrder(query, sql, parameters);
        sql.append(" LIMIT :limit");
        parameters.put("limit", query.limit() + 1);
        return run(sql, parameters);
    }

    /**
     * Relevance order in three keyset phases, each run only while the page is not full: the organisations whose
     * names hold the query as whole words, by id (a primary-key walk for a common word, a trigram-index lookup for a
     * rare one); then those whose names hold its {@linkplain #correctionOf spelling correction} as whole words, by
     * id; then the other matches, by word similarity. The cursor's score tells the phase: {@link #WHOLE_WORDS_RANK},
     * {@link #CORRECTED_RANK}, or a word similarity (at most 1).
     */
    private List<OrganizationEntity> findByRelevance(OrganizationQuery query) {
        int wanted = query.limit() + 1;
        Optional<Cursor> after = query.after();
        float afterRank = after.map(cursor -> Float.parseFloat(cursor.key(0))).orElse(Float.POSITIVE_INFINITY);
        Optional<String> corrected = correctionOf(query.text());
        List<OrganizationEntity> rows = new ArrayList<>();
        if (afterRank >= WHOLE_WORDS_RANK) {
            rows.addAll(holdingAsWholeWords(query, query.text(), List.of(),
                    after.filter(cursor -> afterRank == WHOLE_WORDS_RANK), wanted));
        }
        if (rows.size() < wanted && corrected.isPresent() && afterRank >= CORRECTED_RANK) {
            rows.addAll(holdingAsWholeWords(query, corrected.get(), List.of(query.text()),
                    after.filter(cursor -> afterRank == CORRECTED_RANK), wanted - rows.size()));
        }
        if (rows.size() < wanted) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            StringBuilder sql = new StringBuilder("SELECT o.* FROM organization o WHERE true");
            appendFilters(query, sql, parameters, true);
            List<String> earlierPhases = new ArrayList<>(List.of(query.text()));
            corrected.ifPresent(earlierPhases::add);
            excludeHoldingAsWholeWords(earlierPhases, sql, parameters);
            if (afterRank < CORRECTED_RANK) {
                sql.append(" AND (word_similarity(:text, o.search_text) < CAST(:afterScore AS real)"
                        + " OR (word_similarity(:text, o.search_text) = CAST(:afterScore AS real)"
                        + " AND o.id > :afterId))");
                parameters.put("afterScore", after.get().key(0));
                parameters.put("afterId", UUID.fromString(after.get().key(1)));
            }
            sql.append(" ORDER BY word_similarity(:text, o.search_text) DESC, o.id LIMIT :limit");
            parameters.put("limit", wanted - rows.size());
            rows.addAll(run(sql, parameters));
        }
        return rows;
    }

    /** Up to {@code limit} organisations whose names hold {@code phrase} as whole words but none of {@code excluded}. */
    private List<OrganizationEntity> holdingAsWholeWords(OrganizationQuery query, String phrase, List<String> excluded,
            Optional<Cursor> after, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("SELECT o.* FROM organization o WHERE true");
        appendFilters(query, sql, parameters, false);
        sql.append(" AND o.search_text ~ :wholeWords");
        parameters.put("wholeWords", wholeWords(phrase));
        excludeHoldingAsWholeWords(excluded, sql, parameters);
        after.ifPresent(cursor -> {
            sql.append(" AND o.id > :afterId");
            parameters.put("afterId", UUID.fromString(cursor.key(1)));
        });
        sql.append(" ORDER BY o.id LIMIT :limit");
        parameters.put("limit", limit);
        return run(sql, parameters);
    }

    /** The same test as the whole-words regex, as a LIKE: it runs on every remaining match, and costs far less. */
    private static void excludeHoldingAsWholeWords(List<String> phrases, StringBuilder sql,
            Map<String, Object> parameters) {
        for (int i = 0; i < phrases.size(); i++) {
            sql.append(" AND ' ' || o.search_text || ' ' NOT LIKE :notWholeWords").append(i);
            parameters.put("notWholeWords" + i, "% " + phrases.get(i) + " %");
        }
    }

    /**
     * Has PostgreSQL plan the rest of the current transaction's statements for the values bound to them, never with
     * a plan made once for any value. A search for a text among filtered organisations needs it: whether to walk,
     * say, a country's organisations in id order until a page is full or to intersect the trigram index with the
     * country's depends on how common the word is and how large the country ("education" is in 7 % of names and
     * "okonkwo" in a handful; the largest country holds 6 % of organisations). After five runs of one prepared
     * statement PostgreSQL may keep a generic plan, made without the values, and for "education" in Brazil at
     * 1,000,000 organisations that plan took 66 ms where the plan for the values took under 1 ms
     * (docs/performance.md). Planning costs 2 to 5 ms a statement at that size, which searches without filters,
     * whose generic plans are as good, do not pay. Needs a transaction; the setting ends with it, so pooled
     * connections keep the default.
     */
    private void planForBoundValues() {
        entityManager.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)")
                .getSingleResult();
    }

    /**
     * The query with each word that no name holds replaced by the most similar word that one does (trigram
     * similarity over the {@code search_word} list, not over every organisation): "helth educaton" becomes "health
     * education". Empty when every word is already in some name, when a word has no similar one, or when the query
     * has more words than are worth correcting.
     */
    @SuppressWarnings("unchecked")
    public Optional<String> correctionOf(String text) {
        String[] words = text.split(" ");
        if (text.isBlank() || words.length > MAX_CORRECTED_WORDS) {
            return Optional.empty();
        }
        // words are normalized by SearchText (letters and digits only), so the array literal needs no quoting
        List<String> corrections = entityManager.createNativeQuery("""
                SELECT CASE WHEN length(q.word) < 3 THEN q.word ELSE (
                         SELECT w.word FROM search_word w WHERE w.word % q.word
                         ORDER BY w.word <-> q.word, w.word LIMIT 1) END
                FROM unnest(CAST(:words AS text[])) WITH ORDINALITY AS q(word, n)
                ORDER BY q.n""").setParameter("words", "{" + String.join(",", words) + "}").getResultList();
        if (corrections.contains(null)) {
            return Optional.empty();
        }
        String corrected = String.join(" ", corrections);
        return corrected.equals(text) ? Optional.empty() : Optional.of(corrected);
    }

    /**
     * Whole words as a regex, which the trigram index serves and whose selectivity PostgreSQL estimates from the
     * column's histogram. search_text and the query are normalized by SearchText: letters and digits separated by
     * single spaces, so neither regex nor LIKE syntax can occur in them.
     */
    private static String wholeWords(String text) {
        return "(^| )" + text + "( |$)";
    }

    @SuppressWarnings("unchecked")
    private List<OrganizationEntity> run(StringBuilder sql, Map<String, Object> parameters) {
        Query search = entityManager.createNativeQuery(sql.toString(), OrganizationEntity.class);
        parameters.forEach(search::setParameter);
        return search.getResultList();
    }

    /** The cursor that continues after {@code last} in {@code sort}. */
    public Cursor cursorAfter(OrganizationEntity last, OrganizationQuery query) {
        return switch (query.sort()) {
            case NAME -> Cursor.after(last.legalName.toLowerCase(java.util.Locale.ROOT), last.id.toString());
            case REGISTERED -> Cursor.after(last.registeredAt.toString(), last.id.toString());
            case RELEVANCE -> Cursor.after(Float.toString(relevance(query.text(), last)), last.id.toString());
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

    private static void appendFilters(OrganizationQuery query, StringBuilder sql, Map<String, Object> parameters,
            boolean withText) {
        if (query.publicOnly()) {
            sql.append(" AND o.status <> 'pending'");
        }
        if (withText && query.hasText()) {
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

    private float relevance(String text, OrganizationEntity organization) {
        String names = " " + organization.searchText + " ";
        if (names.contains(" " + text + " ")) {
            return WHOLE_WORDS_RANK;
        }
        if (correctionOf(text).filter(corrected -> names.contains(" " + corrected + " ")).isPresent()) {
            return CORRECTED_RANK;
        }
        Object score = entityManager.createNativeQuery("SELECT word_similarity(:text, search_text) FROM organization"
                + " WHERE id = :id").setParameter("text", text).setParameter("id", organization.id).getSingleResult();
        return ((Number) score).floatValue();
    }
}
