package org.civicspace.bench.scenarios;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.civicspace.bench.harness.Log;
import org.civicspace.registry.organization.domain.SearchText;

/**
 * Bulk-loads generated organisations straight into registry-service's {@code organization} table with
 * {@code INSERT ... SELECT ... FROM generate_series}, after Flyway (run by the service at start) has created it.
 *
 * <p>Every value is drawn from a hash of the row number ({@code hashint8extended(n, seed)}), so the same count
 * always gives the same data. {@code search_text} is computed in SQL the way {@code SearchText.ofNames} computes it
 * (lower case, accents removed, punctuation to spaces, all names joined); {@link #verify} checks a sample of rows
 * against registry-service's own {@code SearchText}, so a drift between the two fails the run.
 */
final class OrganizationLoader {

    private static final int CHUNK = 50_000;

    private final Connection connection;

    OrganizationLoader(Connection connection) {
        this.connection = connection;
    }

    /** Inserts organisations 1..count, links some country offices to headquarters, then VACUUM ANALYZE. */
    void load(int count) throws SQLException {
        createFunctions();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            // placeholders: the generate_series bounds first, then the word lists
            int p = 3;
            for (List<String> list : List.of(Words.NOUNS, Words.ADJECTIVES, Words.TOPICS, Words.PLACES,
                    Words.SURNAMES, Words.ES_NOUNS, Words.ES_TOPICS, Words.FR_NOUNS, Words.FR_TOPICS, Words.PT_NOUNS,
                    Words.PT_TOPICS, Words.COUNTRIES, Words.TYPES, Words.THEMES)) {
                insert.setArray(p++, textArray(list));
            }
            int fromIndex = 1;
            int toIndex = 2;
            for (long from = 1; from <= count; from += CHUNK) {
                long to = Math.min(count, from + CHUNK - 1);
                insert.setLong(fromIndex, from);
                insert.setLong(toIndex, to);
                long started = System.nanoTime();
                int rows = insert.executeUpdate();
                Log.say("  inserted organisations %d..%d (%d rows, %.1f s)", from, to, rows,
                        (System.nanoTime() - started) / 1e9);
            }
        }
        try (Statement statement = connection.createStatement()) {
            int linked = statement.executeUpdate(PARENTS.formatted(Math.max(1, count / 100)));
            Log.say("  linked %d country offices to their headquarters", linked);
            // the fallback identifiers the service hands out must not collide with the generated ones
            statement.execute("SELECT setval('organization_fallback_number', " + (count + 1) + ")");
            long started = System.nanoTime();
            // VACUUM also flushes the trigram index's pending list and sets the visibility map, as autovacuum
            // would have done long before a real registry reached this size
            statement.execute("VACUUM (ANALYZE) organization");
            Log.say("  VACUUM (ANALYZE) organization (%.1f s)", (System.nanoTime() - started) / 1e9);
        }
    }

    /** Compares the stored search_text of a sample of rows with what SearchText would have computed. */
    void verify(int count) throws SQLException {
        int step = Math.max(1, count / 2000);
        int checked = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT legal_name, acronym, ARRAY(SELECT value FROM jsonb_each_text(other_names)), search_text
                        FROM organization
                        WHERE identifier_agency = 'XM-CIVICSPACE' AND identifier_number::bigint %% %d = 0"""
                        .formatted(step))) {
            while (rows.next()) {
                String[] others = (String[]) rows.getArray(3).getArray();
                String expected = SearchText.ofNames(rows.getString(1), rows.getString(2), List.of(others));
                if (!expected.equals(rows.getString(4))) {
                    throw new IllegalStateException("search_text differs from SearchText for '" + rows.getString(1)
                            + "': stored '" + rows.getString(4) + "', expected '" + expected + "'");
                }
                checked++;
            }
        }
        if (checked == 0) {
            throw new IllegalStateException("no organisation loaded");
        }
        Log.say("  search_text of %d sampled rows equals SearchText.ofNames", checked);
    }

    /** A short description of what was loaded, for the report. */
    List<String> describe() throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            lines.add(one(statement, """
                    SELECT format('%s organisations; %s countries, %s types; status: %s; %s with DGC association,
                    %s with ECOSOC status, %s with other names, %s with an acronym, %s country offices;
                    table %s, indexes %s (trigram index %s)',
                      count(*), count(DISTINCT headquarters_country), count(DISTINCT type),
                      (SELECT string_agg(status || ' ' || c, ', ' ORDER BY c DESC)
                         FROM (SELECT status, count(*) c FROM organization GROUP BY 1) s),
                      count(dgc_associated_since), count(ecosoc_status), count(*) FILTER (WHERE other_names <> '{}'),
                      count(acronym), count(parent_id),
                      pg_size_pretty(pg_table_size('organization')), pg_size_pretty(pg_indexes_size('organization')),
                      pg_size_pretty(pg_relation_size('organization_search_trgm')))
                    FROM organization""").replace('\n', ' '));
            try (ResultSet examples = statement.executeQuery(
                    "SELECT legal_name FROM organization WHERE identifier_number::bigint % 9973 = 1 ORDER BY 1 LIMIT 8")) {
                List<String> names = new ArrayList<>();
                while (examples.next()) {
                    names.add(examples.getString(1));
                }
                lines.add("e.g. " + String.join("; ", names));
            }
        }
        return lines;
    }

    /** Up to {@code limit} ids of organisations the public may read, in a fixed pseudo-random order. */
    List<String> publicIds(int limit) throws SQLException {
        return ids("status <> 'pending'", limit);
    }

    /** Up to {@code limit} ids of active organisations, in the same fixed pseudo-random order. */
    List<String> activeIds(int limit) throws SQLException {
        return ids("status = 'active'", limit);
    }

    private List<String> ids(String condition, int limit) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM organization WHERE " + condition
                        + " ORDER BY md5(id::text) LIMIT " + limit)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private void createFunctions() throws SQLException {
        String[] mapping = accentMapping();
        try (Statement statement = connection.createStatement()) {
            // a uniform draw in [0, 1) and a pick from a list, both from a hash of (row number, seed)
            statement.execute("""
                    CREATE OR REPLACE FUNCTION pg_temp.h(n bigint, seed bigint) RETURNS bigint LANGUAGE sql IMMUTABLE
                    AS 'SELECT hashint8extended(n, seed) & 9223372036854775807'""");
            statement.execute("""
                    CREATE OR REPLACE FUNCTION pg_temp.u(n bigint, seed bigint) RETURNS double precision
                    LANGUAGE sql IMMUTABLE AS 'SELECT (pg_temp.h(n, seed) %% 1000000) / 1000000.0'""".replace("%%", "%"));
            statement.execute("""
                    CREATE OR REPLACE FUNCTION pg_temp.pick(a text[], n bigint, seed bigint) RETURNS text
                    LANGUAGE sql IMMUTABLE AS 'SELECT a[1 + (pg_temp.h(n, seed) %% cardinality(a))::int]'"""
                    .replace("%%", "%"));
            // SearchText.normalize for the characters the word lists use: accents off, lower case,
            // anything but letters and digits to one space, trimmed
            statement.execute("""
                    CREATE OR REPLACE FUNCTION pg_temp.norm(t text) RETURNS text LANGUAGE sql IMMUTABLE
                    AS $$SELECT btrim(regexp_replace(lower(translate(t, '%s', '%s')), '[^a-z0-9]+', ' ', 'g'))$$"""
                    .formatted(mapping[0], mapping[1]));
        }
    }

    /** Each non-ASCII character of the word lists and the one ASCII letter SearchText turns it into. */
    static String[] accentMapping() {
        Set<Character> accented = new LinkedHashSet<>();
        for (List<String> list : Words.nameLists()) {
            for (String word : list) {
                for (char c : word.toCharArray()) {
                    if (c > 127) {
                        accented.add(c);
                    }
                }
            }
        }
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        for (char c : accented) {
            String plain = SearchText.normalize(String.valueOf(c));
            if (!plain.matches("[a-z0-9]")) {
                throw new IllegalStateException("word lists use '" + c + "', which SearchText maps to '" + plain
                        + "': the SQL normalization only handles letters with a plain ASCII base");
            }
            from.append(c);
            to.append(plain);
        }
        return new String[] { from.toString(), to.toString() };
    }

    private Array textArray(List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    private static String one(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /*
     * Name templates, by t in 0..99 (share of names in brackets):
     *   [28] National Association for Maternal Health      adjective noun "for" topic
     *   [12] Nairobi Clean Water Initiative                place topic noun
     *   [12] Network for Health and Education              noun "for" topic "and" topic
     *   [12] Youth Climate Action Coalition of Lima        adjective topic noun "of" place
     *   [ 8] Asociación para la Educación Popular (Quito)  Spanish
     *   [ 8] Réseau pour la Santé Maternelle (Dakar)       French
     *   [ 6] Associação para a Saúde (Recife)              Portuguese
     *   [ 8] Okonkwo Foundation for Literacy               surname "Foundation for" topic
     *   [ 6] Lagos Youth Network                           place adjective noun
     * 15% of the English names also have a Spanish, French or Portuguese name in other_names; 35% have an acronym.
     */
    private static final String INSERT = """
            INSERT INTO organization (id, identifier_agency, identifier_number, legal_name, acronym, other_names,
                search_text, type, headquarters_country, countries_of_operation, themes, working_languages,
                year_founded, website, contact_email, status, status_reason, dgc_associated_since, dgc_as_of,
                ecosoc_status, ecosoc_since, ecosoc_as_of, registered_at, activated_at, updated_at, version)
            SELECT md5('civicspace-bench-' || n)::uuid, 'XM-CIVICSPACE',
                   lpad(n::text, greatest(6, length(n::text)), '0'), -- lpad cuts a longer text: 1,000,000 has 7 digits
                   legal_name, acronym,
                   CASE WHEN other_name IS NULL THEN '{}'::jsonb ELSE jsonb_build_object(other_lang, other_name) END,
                   concat_ws(' ', pg_temp.norm(legal_name), nullif(pg_temp.norm(acronym), ''),
                             nullif(pg_temp.norm(other_name), '')),
                   type, country,
                   CASE WHEN type = 'international-ngo'
                        THEN ARRAY(SELECT DISTINCT c FROM unnest(ARRAY[country, pg_temp.pick(countries, n, 31),
                                                                      pg_temp.pick(countries, n, 32)]) c ORDER BY c)
                        ELSE ARRAY[country] END,
                   (ARRAY[themes[1 + theme_a], themes[1 + (theme_a + theme_step) % 20],
                          themes[1 + (theme_a + 2 * theme_step) % 20]])[1:theme_count],
                   CASE WHEN lang = 'en' AND pg_temp.u(n, 33) < 0.2 THEN ARRAY['en', 'fr'] ELSE ARRAY[lang] END,
                   1945 + (pg_temp.h(n, 34) % 80)::int,
                   'https://cso-' || n || '.example.org', 'contact@cso-' || n || '.example.org',
                   status,
                   CASE status WHEN 'suspended' THEN 'Annual report overdue'
                               WHEN 'dissolved' THEN 'Dissolved by its members' END,
                   CASE WHEN status <> 'pending' AND pg_temp.u(n, 35) < 0.10
                        THEN date '1990-01-01' + (pg_temp.h(n, 36) % 12000)::int END,
                   CASE WHEN status <> 'pending' AND pg_temp.u(n, 35) < 0.10 THEN activated_at END,
                   ecosoc,
                   CASE WHEN ecosoc IS NOT NULL THEN date '1995-01-01' + (pg_temp.h(n, 37) % 10000)::int END,
                   CASE WHEN ecosoc IS NOT NULL THEN activated_at END,
                   registered_at, activated_at, coalesce(activated_at, registered_at), 0
            FROM (
              SELECT *,
                     CASE WHEN acronym_wanted THEN (SELECT string_agg(left(w, 1), '')
                                                    FROM regexp_split_to_table(legal_name, ' ') AS w
                                                    WHERE w ~ '^[A-Z]') END AS acronym,
                     CASE WHEN status <> 'pending'
                          THEN registered_at + interval '2 days' + (pg_temp.h(n, 38) % 2592000) * interval '1 second'
                     END AS activated_at,
                     CASE WHEN status <> 'pending' AND pg_temp.u(n, 39) < 0.08
                          THEN CASE WHEN pg_temp.u(n, 40) < 0.05 THEN 'general'
                                    WHEN pg_temp.u(n, 40) < 0.75 THEN 'special' ELSE 'roster' END
                     END AS ecosoc
              FROM (
                SELECT n, countries, themes,
                       CASE WHEN t < 28 THEN pg_temp.pick(adj, n, 2) || ' ' || pg_temp.pick(noun, n, 3) || ' for '
                                             || pg_temp.pick(topic, n, 4)
                            WHEN t < 40 THEN pg_temp.pick(place, n, 5) || ' ' || pg_temp.pick(topic, n, 4) || ' '
                                             || pg_temp.pick(noun, n, 3)
                            WHEN t < 52 THEN pg_temp.pick(noun, n, 3) || ' for ' || pg_temp.pick(topic, n, 4)
                                             || ' and ' || topic[1 + ((array_position(topic, pg_temp.pick(topic, n, 4))
                                                 + (pg_temp.h(n, 6) % (cardinality(topic) - 1))::int)
                                                 % cardinality(topic))]
                            WHEN t < 64 THEN pg_temp.pick(adj, n, 2) || ' ' || pg_temp.pick(topic, n, 4) || ' '
                                             || pg_temp.pick(noun, n, 3) || ' of ' || pg_temp.pick(place, n, 5)
                            WHEN t < 72 THEN pg_temp.pick(es_noun, n, 7) || ' para ' || pg_temp.pick(es_topic, n, 8)
                                             || CASE WHEN pg_temp.u(n, 9) < 0.5
                                                     THEN ' de ' || pg_temp.pick(place, n, 5) ELSE '' END
                            WHEN t < 80 THEN pg_temp.pick(fr_noun, n, 7) || ' pour ' || pg_temp.pick(fr_topic, n, 8)
                                             || CASE WHEN pg_temp.u(n, 9) < 0.5
                                                     THEN ' de ' || pg_temp.pick(place, n, 5) ELSE '' END
                            WHEN t < 86 THEN pg_temp.pick(pt_noun, n, 7) || ' para ' || pg_temp.pick(pt_topic, n, 8)
                                             || CASE WHEN pg_temp.u(n, 9) < 0.5
                                                     THEN ' de ' || pg_temp.pick(place, n, 5) ELSE '' END
                            WHEN t < 94 THEN pg_temp.pick(surname, n, 10) || ' Foundation for '
                                             || pg_temp.pick(topic, n, 4)
                            ELSE pg_temp.pick(place, n, 5) || ' ' || pg_temp.pick(adj, n, 2) || ' '
                                 || pg_temp.pick(noun, n, 3)
                       END AS legal_name,
                       CASE WHEN t < 72 OR t >= 86 THEN 'en' WHEN t < 80 THEN 'fr' ELSE 'pt' END AS lang,
                       CASE WHEN (t < 64 OR t >= 86) AND pg_temp.u(n, 11) < 0.15 THEN
                            CASE pg_temp.h(n, 12) % 3
                                 WHEN 0 THEN pg_temp.pick(es_noun, n, 13) || ' para ' || pg_temp.pick(es_topic, n, 14)
                                 WHEN 1 THEN pg_temp.pick(fr_noun, n, 13) || ' pour ' || pg_temp.pick(fr_topic, n, 14)
                                 ELSE pg_temp.pick(pt_noun, n, 13) || ' para ' || pg_temp.pick(pt_topic, n, 14) END
                       END AS other_name,
                       CASE pg_temp.h(n, 12) % 3 WHEN 0 THEN 'es' WHEN 1 THEN 'fr' ELSE 'pt' END AS other_lang,
                       pg_temp.u(n, 15) < 0.35 AS acronym_wanted,
                       pg_temp.pick(types, n, 16) AS type,
                       pg_temp.pick(countries, n, 17) AS country,
                       (pg_temp.h(n, 18) % 20)::int AS theme_a,
                       (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19])
                           [1 + (pg_temp.h(n, 19) % 18)::int] AS theme_step,
                       1 + (pg_temp.h(n, 20) % 3)::int AS theme_count,
                       CASE WHEN pg_temp.u(n, 21) < 0.90 THEN 'active' WHEN pg_temp.u(n, 21) < 0.94 THEN 'pending'
                            WHEN pg_temp.u(n, 21) < 0.97 THEN 'suspended' ELSE 'dissolved' END AS status,
                       timestamptz '2015-01-01 00:00:00+00'
                           + (pg_temp.h(n, 22) % 347000000) * interval '1 second' AS registered_at
                FROM (
                  SELECT n, (pg_temp.h(n, 1) % 100)::int AS t, w.*
                  FROM generate_series(?::bigint, ?::bigint) AS n,
                       (SELECT ?::text[] AS noun, ?::text[] AS adj, ?::text[] AS topic, ?::text[] AS place,
                               ?::text[] AS surname, ?::text[] AS es_noun, ?::text[] AS es_topic,
                               ?::text[] AS fr_noun, ?::text[] AS fr_topic, ?::text[] AS pt_noun,
                               ?::text[] AS pt_topic, ?::text[] AS countries, ?::text[] AS types,
                               ?::text[] AS themes) AS w
                ) drawn
              ) named
            ) complete""";

    /*
     * Country offices: one in ten international NGOs (outside the first 1% of rows) becomes the office of an active
     * international NGO among the first 1% of rows, which stay headquarters.
     */
    private static final String PARENTS = """
            WITH hq AS (
              SELECT id, (row_number() OVER (ORDER BY identifier_number) - 1) AS k
              FROM organization
              WHERE type = 'international-ngo' AND status = 'active' AND identifier_agency = 'XM-CIVICSPACE'
                AND identifier_number::bigint <= %1$d),
            hq_count AS (SELECT count(*) AS c FROM hq)
            UPDATE organization o SET parent_id = hq.id
            FROM hq, hq_count
            WHERE o.type = 'international-ngo' AND o.identifier_agency = 'XM-CIVICSPACE'
              AND o.identifier_number::bigint > %1$d AND o.identifier_number::bigint %% 10 = 3
              AND hq_count.c > 0 AND hq.k = o.identifier_number::bigint %% hq_count.c""";
}
