package org.civicspace.registry.organization.domain;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Text as search compares it: lower case, accents removed, spaces collapsed, so that "Asociación" finds
 * "asociacion" and the reverse. Names and queries go through the same function.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
    }

    /** All names of an organisation, normalized, in one text. */
    public static String ofNames(String legalName, String acronym, Collection<String> otherNames) {
        return Stream.concat(Stream.of(legalName, acronym), otherNames.stream())
                .filter(Objects::nonNull)
                .map(SearchText::normalize)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.joining(" "));
    }
}
