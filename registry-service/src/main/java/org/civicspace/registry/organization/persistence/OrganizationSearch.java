package org.civicspace.registry.organization.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.civicspace.platform.web.paging.Cursor;

/**
 * The registry's search, in one place: names that hold the query's words (spelling corrected, word index backed)
 * first, then trigram matching over all names (typo tolerant, index backed), filters, and keyset pagination in three
 * orders. Every value reaches SQL as a bound parameter.
 */
@ApplicationScoped
public class OrganizationSearch {

    /**
     * The relevance of an organisation whose names hold the query's {@linkplain #wordsNamesHold words} in its order:
     * above any word similarity (at most 1), so those organisations come first, in id order. Id order is one that an
     * index gives, so a common word does not compute word_similarity for every organisation it matches.
     */
    static final float PHRASE_RANK = 2f;

    /** The relevance of an organisation whose names hold every word of a query of several words, in another order. */
    static final float ALL_WORDS_RANK = 1.5f;

    /** Longer queries are not corrected word by word; they still match as typed, and by word similarity. */
    static final int MAX_CORRECTED_WORDS = 8;

    /**
     * How many organisations a whole-word phase first reads in id order, looking for a page, before it decides how to
     * go on. Reading in id order finds a page of a common word at once; the word index reads every match, which is
     * cheap for rare words and for words that seldom meet, and grows with the matches for common ones. From the
     * matches this first read finds, the phase estimates how far it must read on: if that is at most
     * {@link #WALK_ROWS} rows, it reads on; otherwise the words are rare enough for the index. PostgreSQL's own
     * estimates cannot know how often two words meet, and walked every organisation for words that are each common
     * but never together (ADR 0014).
     */
    static final int PROBE_ROWS = 2000;

    /** How many more organisations a whole-word phase reads in id order at most, after the first {@link #PROBE_ROWS}. */
    static final int WALK_ROWS = 4000;

    private final EntityManager entityManager;

    private final int probeRows;

    @Inject
    public OrganizationSearch(EntityManager entityManager) {
        this(entityManager, PROBE_ROWS);
    }

    /** With another {@link #PROBE_ROWS}: 0 has every whole-word phase ask the word index. */
    public OrganizationSearch(EntityManager entityManager, int probeRows) {
        this.entityManager = entityManager;
        this.probeRows = probeRows;
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
     * Relevance order in up to three keyset phases, each run only while the page is not full: the organisations whose
     * names hold the query's {@linkplain #wordsNamesHold words} (as typed, or as corrected) in its order, by id; then,
     * for several words, those whose names hold every word in another order, by id; then the other matches of the
     * typed text, by word similarity. The cursor's score tells the phase: {@link #PHRASE_RANK},
     * {@link #ALL_WORDS_RANK}, or a word similarity (at most 1).
     */
    private List<OrganizationEntity> findByRelevance(OrganizationQuery query) {
        int wanted = query.limit() + 1;
        Optional<Cursor> after = query.after();
        float afterRank = after.map(cursor -> Float.parseFloat(cursor.key(0))).orElse(Float.POSITIVE_INFINITY);
        Optional<String> words = wordsNamesHold(query.text());
        Optional<WholeWords> phrase = words.map(WholeWords::phrase);
        Optional<WholeWords> allWords = words.map(WholeWords::allOf);
        Optional<WholeWords> inAnotherOrder = allWords.filter(all -> !all.equals(phrase.get()));
        List<OrganizationEntity> rows = new ArrayList<>();
        Optional<List<UUID>> inAnotherOrderFromIndex = Optional.empty();
        if (phrase.isPresent() && afterRank >= PHRASE_RANK) {
            Phase first = holding(query, phrase.get(), Optional.empty(),
                    after.filter(cursor -> afterRank == PHRASE_RANK), wanted, inAnotherOrder);
            rows.addAll(first.rows());
            inAnotherOrderFromIndex = first.widerFromIndex();
        }
        if (rows.size() < wanted && inAnotherOrder.isPresent() && afterRank >= ALL_WORDS_RANK) {
            if (inAnotherOrderFromIndex.isPresent()) {
                List<UUID> ids = inAnotherOrderFromIndex.get();
                rows.addAll(load(ids.subList(0, Math.min(ids.size(), wanted - rows.size()))));
            } else {
                rows.addAll(holding(query, inAnotherOrder.get(), phrase,
                        after.filter(cursor -> afterRank == ALL_WORDS_RANK), wanted - rows.size(), Optional.empty())
                        .rows());
            }
        }
        if (rows.size() < wanted) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            StringBuilder sql = new StringBuilder("SELECT o.* FROM organization o WHERE true");
            appendFilters(query, sql, parameters, true);
            // every word of the query: what the phrase phase listed, and more
            allWords.ifPresent(listed -> excludeHolding(listed, sql, parameters));
            if (afterRank < ALL_WORDS_RANK) {
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

    /**
     * Up to {@code limit} organisations, in id order, whose names hold {@code words} but none of {@code excluded}:
     * first among the next organisations in id order ({@link #PROBE_ROWS}, then as many more as the matches found
     * promise to need, up to {@link #WALK_ROWS}), then, if that did not fill the page, among every later match that
     * the word index finds. The word index only narrows: the whole-word test decides, so both ways agree on what
     * matches. When the index is read and {@code wider} (words that {@code words} imply, as every word of a phrase)
     * is given, the same read also lists, from the first, up to {@code limit} organisations whose names hold
     * {@code wider} but not {@code words}: the next phase, without reading the index again.
     */
    private Phase holding(OrganizationQuery query, WholeWords words, Optional<WholeWords> excluded,
            Optional<Cursor> after, int limit, Optional<WholeWords> wider) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder filters = new StringBuilder();
        appendFilters(query, filters, parameters, false);
        StringBuilder tests = new StringBuilder("true");
        words.appendTest(tests, parameters, "words");
        excluded.ifPresent(listed -> excludeHolding(listed, tests, parameters));

        List<UUID> found = new ArrayList<>();
        Optional<UUID> from = after.map(cursor -> UUID.fromString(cursor.key(1)));
        int rows = probeRows;
        for (int read = 0; read < 2 && rows > 0; read++) {
            Walk walk = walk(filters, tests, parameters, from, rows, limit - found.size());
            found.addAll(walk.held());
            if (found.size() == limit || walk.last().isEmpty()) {
                return new Phase(load(found), Optional.empty());
            }
            from = walk.last();
            // read on as far as the matches so far promise a page, with half as much again to spare
            rows = walk.held().isEmpty() ? 0
                    : (int) Math.min(WALK_ROWS + 1L, (long) (limit - found.size()) * rows * 3 / 2
                            / walk.held().size() + 1);
            if (rows > WALK_ROWS) {
                break;
            }
        }
        // MATERIALIZED: every match first, so that PostgreSQL cannot choose to walk the primary key for the order.
        // Where to start is tested on the matches, not in the CTE: there PostgreSQL could read the primary key's
        // range after it into a bitmap as well, which on a large registry costs far more than reading the matches
        Map<String, Object> indexParameters = new LinkedHashMap<>(parameters);
        StringBuilder scope = new StringBuilder("true");
        wider.ifPresent(implied -> implied.appendTest(scope, indexParameters, "scope"));
        indexParameters.put("indexWords", words.indexWords());
        indexParameters.put("limit", limit - found.size());
        StringBuilder sql = new StringBuilder("WITH matches AS MATERIALIZED (SELECT o.id, ").append(tests)
                .append(" AS held FROM organization o WHERE ").append(scope).append(filters)
                .append(" AND to_tsvector('simple', o.search_text) @@ plainto_tsquery('simple', :indexWords))")
                .append(" SELECT CAST(m.id AS text), m.held FROM ((SELECT id, held FROM matches WHERE held");
        from.ifPresent(id -> {
            sql.append(" AND id > :from");
            indexParameters.put("from", id);
        });
        sql.append(" ORDER BY id LIMIT :limit)");
        if (wider.isPresent()) {
            sql.append(" UNION ALL (SELECT id, held FROM matches WHERE NOT held ORDER BY id LIMIT :wider)");
            indexParameters.put("wider", limit);
        }
        sql.append(") m ORDER BY m.id");
        Query statement = entityManager.createNativeQuery(sql.toString());
        indexParameters.forEach(statement::setParameter);
        List<UUID> widerOnly = new ArrayList<>();
        for (Object[] row : rowsOf(statement)) {
            (((Boolean) row[1]) ? found : widerOnly).add(UUID.fromString((String) row[0]));
        }
        return new Phase(load(found), wider.map(implied -> widerOnly));
    }

    /**
     * A phase's organisations, and the next phase's ids when the phase read them from the word index with its own
     * (see {@link #holding}).
     */
    private record Phase(List<OrganizationEntity> rows, Optional<List<UUID>> widerFromIndex) {
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rowsOf(Query statement) {
        return statement.getResultList();
    }

    /**
     * What reading organisations in id order found: the ones that matched, and the last one read if it read all it
     * was asked to and found fewer matches than it wanted (none if it found them, or read to the end).
     */
    private record Walk(List<UUID> held, Optional<UUID> last) {
    }

    /**
     * Reads up to {@code rows} organisations after {@code from} in id order and keeps up to {@code limit} matches. It
     * stops once it holds them (a common word reads a few hundred rows); the row at {@code rows} comes back too, to
     * tell where a walk that read them all ended.
     */
    private Walk walk(CharSequence filters, CharSequence tests, Map<String, Object> parameters, Optional<UUID> from,
            int rows, int limit) {
        Map<String, Object> walkParameters = new LinkedHashMap<>(parameters);
        StringBuilder sql = new StringBuilder("SELECT CAST(r.id AS text), r.held, r.n FROM (SELECT o.id, ")
                .append(tests).append(" AS held, row_number() OVER (ORDER BY o.id) AS n")
                .append(" FROM organization o WHERE true").append(filters);
        from.ifPresent(id -> {
            sql.append(" AND o.id > :from");
            walkParameters.put("from", id);
        });
        sql.append(" ORDER BY o.id LIMIT :rows) r WHERE r.held OR r.n = :rows ORDER BY r.id LIMIT :limit");
        walkParameters.put("rows", rows);
        // the row at :rows is the last by id: it comes back unless `limit` matches come before it
        walkParameters.put("limit", limit);
        Query statement = entityManager.createNativeQuery(sql.toString());
        walkParameters.forEach(statement::setParameter);
        List<UUID> held = new ArrayList<>();
        Optional<UUID> last = Optional.empty();
        for (Object[] row : rowsOf(statement)) {
            UUID id = UUID.fromString((String) row[0]);
            if ((Boolean) row[1]) {
                held.add(id);
            }
            if (((Number) row[2]).intValue() == rows) {
                last = Optional.of(id);
            }
        }
        return new Walk(held, last);
    }

    /** The organisations of {@code ids}, in id order. */
    @SuppressWarnings("unchecked")
    private List<OrganizationEntity> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createNativeQuery("SELECT o.* FROM organization o WHERE o.id IN (:ids) ORDER BY o.id",
                OrganizationEntity.class).setParameter("ids", ids).getResultList();
    }

    /** Leaves out the organisations whose names hold {@code words}: an earlier phase listed them. */
    private static void excludeHolding(WholeWords words, StringBuilder sql, Map<String, Object> parameters) {
        sql.append(" AND NOT (true");
        words.appendTest(sql, parameters, "listed");
        sql.append(")");
    }

    /**
     * Names that hold some words as whole words: each of {@code patterns} (LIKE patterns over the names with a space
     * before and after) matches. search_text and queries are normalized by SearchText: letters and digits separated
     * by single spaces, so no LIKE wildcard can occur in a word. {@code indexWords} are the words, for the GIN index
     * over the names' words (registry V6), whose parser splits these texts at the same spaces.
     */
    record WholeWords(List<String> patterns, String indexWords) {

        /** The words, next to each other, in this order. */
        static WholeWords phrase(String words) {
            return new WholeWords(List.of("% " + words + " %"), words);
        }

        /** Every one of the words, anywhere. */
        static WholeWords allOf(String words) {
            return new WholeWords(Arrays.stream(words.split(" ")).distinct().map(word -> "% " + word + " %").toList(),
                    words);
        }

        boolean heldBy(String searchText) {
            String names = " " + searchText + " ";
            return patterns.stream().allMatch(pattern -> names.contains(pattern.substring(1, pattern.length() - 1)));
        }

        void appendTest(StringBuilder sql, Map<String, Object> parameters, String prefix) {
            for (int i = 0; i < patterns.size(); i++) {
                sql.append(" AND ' ' || o.search_text || ' ' LIKE :").append(prefix).append(i);
                parameters.put(prefix + i, patterns.get(i));
            }
        }
    }

    /**
     * Has PostgreSQL plan the rest of the current transaction's statements for the values bound to them, never with
     * a plan made once for any value. A search for a text among filtered organisations needs it: whether to read
     * the word or trigram index's matches and intersect them with, say, a country's organisations, or to read the
     * country's organisations and test each, depends on how common the word is and how large the country
     * ("education" is in many names, "okonkwo" in a handful). After five runs of one prepared statement PostgreSQL
     * may keep a generic plan, made without the values, which is then the wrong way round for one of them. Planning
     * for the values costs a little on every statement, which searches without filters, whose generic plans are as
     * good, do not pay. Needs a transaction; the setting ends with it, so pooled connections keep the default.
     */
    private void planForBoundValues() {
        entityManager.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)")
                .getSingleResult();
    }

    /**
     * The query's words as names hold them: the query itself if every word of it is in some name; otherwise each word
     * that no name holds replaced by the most similar word that one does (trigram similarity over the {@code
     * search_word} list, not over every organisation), so "helth educaton" becomes "health education". Empty when a
     * word has no similar one. Queries of more than {@link #MAX_CORRECTED_WORDS} words are taken as typed.
     */
    @SuppressWarnings("unchecked")
    public Optional<String> wordsNamesHold(String text) {
        String[] words = text.split(" ");
        if (words.length > MAX_CORRECTED_WORDS) {
            return Optional.of(text);
        }
        // words are normalized by SearchText (letters and digits only): quoted, none is taken for NULL;
        // search_word holds the words of three letters or more
        List<String> held = entityManager.createNativeQuery("""
                SELECT CASE WHEN length(q.word) < 3 OR EXISTS (SELECT 1 FROM search_word k WHERE k.word = q.word)
                       THEN q.word ELSE (
                         SELECT w.word FROM search_word w WHERE w.word % q.word
                         ORDER BY w.word <-> q.word, w.word LIMIT 1) END
                FROM unnest(CAST(:words AS text[])) WITH ORDINALITY AS q(word, n)
                ORDER BY q.n""").setParameter("words", Arrays.stream(words).map(word -> '"' + word + '"')
                        .collect(Collectors.joining(",", "{", "}"))).getResultList();
        return held.contains(null) ? Optional.empty() : Optional.of(String.join(" ", held));
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
            case NEWEST -> Cursor.after(last.registeredAt.toString(), last.id.toString());
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
                case NEWEST -> {
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
            case NEWEST -> " ORDER BY o.registered_at DESC, o.id DESC";
            case RELEVANCE -> " ORDER BY word_similarity(:text, o.search_text) DESC, o.id";
        });
    }

    private float relevance(String text, OrganizationEntity organization) {
        Optional<String> words = wordsNamesHold(text);
        if (words.map(WholeWords::phrase).filter(phrase -> phrase.heldBy(organization.searchText)).isPresent()) {
            return PHRASE_RANK;
        }
        if (words.map(WholeWords::allOf).filter(all -> all.heldBy(organization.searchText)).isPresent()) {
            return ALL_WORDS_RANK;
        }
        Object score = entityManager.createNativeQuery("SELECT word_similarity(:text, search_text) FROM organization"
                + " WHERE id = :id").setParameter("text", text).setParameter("id", organization.id).getSingleResult();
        return ((Number) score).floatValue();
    }
}
