package org.civicspace.events.domain;

import java.util.Set;

/** The six official languages of the United Nations (ISO 639-1): titles, descriptions and interpretation. */
public final class UnLanguages {

    public static final Set<String> OFFICIAL = Set.of("ar", "zh", "en", "fr", "ru", "es");

    private UnLanguages() {
    }
}
