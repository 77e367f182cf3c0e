package org.civicspace.bench.scenarios;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests of each scenario: a list of request paths that wrk draws from at random. All are anonymous GETs
 * against the public API, as the public search page and profile pages send them.
 */
final class Scenarios {

    static final String BASE = "/api/v1/registry/organizations";

    /** Words that many organisation names contain. */
    static final List<String> COMMON_WORDS = List.of("health", "education", "water", "rights", "development",
            "youth", "women", "climate");
    /**
     * Misspelt searches: the words that no name holds are corrected against the words that names do ("helth
     * educaton", the example of the performance issue, becomes "health education").
     */
    static final List<String> TYPOS = List.of("helth educaton", "enviroment", "developement", "refugee suport",
            "sanitaton", "agricultre", "educaton", "humanitarain");
    /**
     * Searches of several correctly spelt words: as a phrase in some names and in another order in others ("health
     * education", "food security"), or words that names seldom or never hold together ("water women", "climate
     * youth"), which leave the page to similarity over all names.
     */
    static final List<String> WORD_PAIRS = List.of("health education", "human rights", "food security",
            "refugee support", "girls education", "water women", "climate youth", "development rights");
    /** The largest countries of the generated data, and a few themes. */
    static final List<String> COUNTRIES = List.of("US", "IN", "NG", "KE", "GB", "FR", "BR", "MX");
    static final List<String> THEMES = List.of("sdg-3", "sdg-4", "sdg-5", "sdg-13", "human-rights");

    private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ITEM = Pattern.compile("\"identifier\"\\s*:\\s*\\{");

    /** One scenario: a short key, what it measures, and the request paths. */
    record Scenario(String key, String title, List<String> paths) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    Scenarios(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    List<Scenario> all(List<String> publicIds) {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(new Scenario("read", "Read one organisation by id (GET /{id}, random among "
                + publicIds.size() + " public ids)", publicIds.stream().map(id -> BASE + "/" + id).toList()));
        scenarios.add(new Scenario("search-common", "Search a common word (q = one of " + COMMON_WORDS
                + "; relevance order)", COMMON_WORDS.stream().map(Scenarios::text).toList()));
        scenarios.add(new Scenario("search-typo", "Search with typos (q = one of " + TYPOS + ")",
                TYPOS.stream().map(Scenarios::text).toList()));
        scenarios.add(new Scenario("search-words", "Search two words (q = one of " + WORD_PAIRS + ")",
                WORD_PAIRS.stream().map(Scenarios::text).toList()));
        List<String> filters = new ArrayList<>();
        for (String country : COUNTRIES) {
            for (String theme : THEMES) {
                filters.add(BASE + "?country=" + country + "&theme=" + theme + "&sort=name");
            }
        }
        scenarios.add(new Scenario("filters", "Filters only: country + theme, sorted by name (" + COUNTRIES.size()
                + " countries x " + THEMES.size() + " themes)", filters));
        List<String> textAndCountry = new ArrayList<>();
        for (String word : COMMON_WORDS) {
            for (String country : COUNTRIES) {
                textAndCountry.add(text(word) + "&country=" + country);
            }
        }
        scenarios.add(new Scenario("text-country", "Text + country filter (common word x "
                + COUNTRIES.size() + " countries; relevance order)", textAndCountry));
        List<String> pageTwo = new ArrayList<>();
        for (String path : concat(filters, COMMON_WORDS.stream().map(Scenarios::text).toList(), textAndCountry)) {
            nextCursor(path).ifPresent(cursor -> pageTwo.add(path + "&cursor=" + cursor));
        }
        scenarios.add(new Scenario("next-page", "Next page via the cursor of page 1 (of the filters, common-word "
                + "and text + country searches above: " + pageTwo.size() + " cursors)", pageTwo));
        return scenarios;
    }

    /**
     * Sends each path of {@code scenario} once and checks the answer is 200; returns a line telling how many items
     * the pages held (for searches), so that a search finding nothing is seen.
     */
    String check(Scenario scenario) {
        int pages = 0;
        int items = 0;
        int empty = 0;
        List<String> paths = scenario.paths();
        int step = Math.max(1, paths.size() / 100);
        for (int i = 0; i < paths.size(); i += step) {
            String body = get(paths.get(i));
            pages++;
            if (!scenario.key().equals("read")) {
                int n = count(ITEM, body);
                items += n;
                if (n == 0) {
                    empty++;
                }
            }
        }
        if (scenario.key().equals("read")) {
            return String.format("%d reads answered 200", pages);
        }
        return String.format("%d pages answered 200, %.1f items per page on average, %d empty", pages,
                (double) items / pages, empty);
    }

    private java.util.Optional<String> nextCursor(String path) {
        Matcher matcher = NEXT.matcher(get(path));
        return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }

    private String get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String text(String q) {
        return BASE + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
