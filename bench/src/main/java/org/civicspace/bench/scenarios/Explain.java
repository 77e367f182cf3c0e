package org.civicspace.bench.scenarios;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the SQL that registry-service's {@code OrganizationSearch} sends for one request of
 * each search scenario, with the same bound parameters (anonymous caller: public only, limit 20 + 1). The SQL text
 * is copied from OrganizationSearch; if that class changes, change it here too. For a text query in relevance order
 * this is the last of OrganizationSearch's three phases (word similarity over all matches), which runs only when the
 * whole-word phase and the spelling-corrected phase have not filled the page: the fallback and its worst case.
 */
final class Explain {

    private static final String PUBLIC = "SELECT o.* FROM organization o WHERE true AND o.status <> 'pending'";
    private static final String TEXT = " AND (o.search_text LIKE ? OR ? <% o.search_text)";
    private static final String BY_RELEVANCE = " ORDER BY word_similarity(?, o.search_text) DESC, o.id LIMIT ?";
    private static final String BY_NAME = " ORDER BY lower(o.legal_name), o.id LIMIT ?";

    private final Connection connection;

    Explain(Connection connection) {
        this.connection = connection;
    }

    /** The plans, as text, each with the number of rows the WHERE clause matches. */
    List<String> all() throws SQLException {
        List<String> out = new ArrayList<>();
        out.add(textSearch("health", null));
        out.add(textSearch("helth educaton", null));
        out.add(filters("US", "sdg-3"));
        out.add(textSearch("health", "US"));
        out.add(relevancePageTwo("health"));
        return out;
    }

    private String textSearch(String q, String country) throws SQLException {
        String where = PUBLIC + TEXT + (country == null ? "" : " AND o.headquarters_country IN (?)");
        List<Object> parameters = new ArrayList<>(List.of("%" + q + "%", q));
        if (country != null) {
            parameters.add(country);
        }
        List<Object> withOrder = new ArrayList<>(parameters);
        withOrder.add(q);
        withOrder.add(21);
        return plan("q=" + q + (country == null ? "" : "&country=" + country), where + BY_RELEVANCE, withOrder,
                where, parameters);
    }

    private String filters(String country, String theme) throws SQLException {
        String where = PUBLIC + " AND o.headquarters_country IN (?) AND o.themes && CAST(? AS text[])";
        List<Object> parameters = List.of(country, "{" + theme + "}");
        List<Object> withOrder = new ArrayList<>(parameters);
        withOrder.add(21);
        return plan("country=" + country + "&theme=" + theme + "&sort=name", where + BY_NAME, withOrder, where,
                parameters);
    }

    /** Page 2 in relevance order: the cursor holds the 20th row's word_similarity and id. */
    private String relevancePageTwo(String q) throws SQLException {
        String score;
        String id;
        try (PreparedStatement first = connection.prepareStatement(
                "SELECT word_similarity(?, o.search_text)::text, o.id::text FROM (" + PUBLIC + TEXT + BY_RELEVANCE
                        + ") o ORDER BY word_similarity(?, o.search_text) DESC, o.id OFFSET 19 LIMIT 1")) {
            bind(first, List.of(q, "%" + q + "%", q, q, 21, q));
            try (ResultSet rs = first.executeQuery()) {
                rs.next();
                score = rs.getString(1);
                id = rs.getString(2);
            }
        }
        String where = PUBLIC + TEXT
                + " AND (word_similarity(?, o.search_text) < CAST(? AS real) OR (word_similarity(?, o.search_text)"
                + " = CAST(? AS real) AND o.id > CAST(? AS uuid)))";
        List<Object> parameters = List.of("%" + q + "%", q, q, score, q, score, id);
        List<Object> withOrder = new ArrayList<>(parameters);
        withOrder.add(q);
        withOrder.add(21);
        return plan("q=" + q + " page 2 (cursor " + score + ", " + id + ")", where + BY_RELEVANCE, withOrder, where,
                parameters);
    }

    private String plan(String label, String sql, List<Object> parameters, String where, List<Object> whereParameters)
            throws SQLException {
        long matches;
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM (" + where + ") matching")) {
            bind(count, whereParameters);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                matches = rs.getLong(1);
            }
        }
        StringBuilder text = new StringBuilder();
        // the third run is reported: by then the pages it reads are in shared buffers, as under load
        for (int run = 0; run < 3; run++) {
            text.setLength(0);
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                bind(explain, parameters);
                try (ResultSet rs = explain.executeQuery()) {
                    while (rs.next()) {
                        text.append("    ").append(rs.getString(1)).append('\n');
                    }
                }
            }
        }
        return "-- " + label + ": " + matches + " matching rows\n-- " + sql + "\n" + text;
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Integer n) {
                statement.setInt(i + 1, n);
            } else {
                statement.setString(i + 1, (String) value);
            }
        }
    }
}
