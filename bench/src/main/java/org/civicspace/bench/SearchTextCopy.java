package org.civicspace.bench;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A copy of registry-service's {@code organization.domain.SearchText} (the bench does not depend on the service's
 * classes). The loader computes {@code search_text} in SQL and then checks a sample of rows against this copy, so a
 * drift between the two shows up as a failed run, not as wrong figures.
 */
final class SearchTextCopy {

    private SearchTextCopy() {
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
    }

    static String ofNames(String legalName, String acronym, Collection<String> otherNames) {
        return Stream.concat(Stream.of(legalName, acronym), otherNames.stream())
                .filter(Objects::nonNull)
                .map(SearchTextCopy::normalize)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.joining(" "));
    }
}
