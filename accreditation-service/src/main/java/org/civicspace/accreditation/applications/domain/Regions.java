package org.civicspace.accreditation.applications.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The UN M49 region of each country (ISO 3166-1 alpha-2), for the transparency statistics' breakdown by region.
 * Read once from {@code regions/m49-regions.csv}.
 */
public final class Regions {

    private static final Map<String, String> REGION_BY_COUNTRY = load();

    private Regions() {
    }

    /** Africa, Americas, Asia, Europe or Oceania; empty for a code that is not a country. */
    public static Optional<String> regionOf(String country) {
        return Optional.ofNullable(country).map(REGION_BY_COUNTRY::get);
    }

    private static Map<String, String> load() {
        try (InputStream in = Regions.class.getClassLoader().getResourceAsStream("regions/m49-regions.csv")) {
            if (in == null) {
                throw new IllegalStateException("regions/m49-regions.csv is missing from the classpath");
            }
            Map<String, String> regions = new HashMap<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine(); // header
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split(",");
                regions.put(fields[0], fields[1]);
            }
            return Map.copyOf(regions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
