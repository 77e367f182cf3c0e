package org.civicspace.registry.organization.domain;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes and ISO 639-1 language codes, as the JDK knows them. */
public final class IsoCodes {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private IsoCodes() {
    }

    /** {@code FR}, upper case, a country that ISO 3166-1 assigns. */
    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** {@code fr}, lower case, a language that ISO 639-1 assigns. */
    public static boolean isLanguage(String code) {
        return code != null && code.length() == 2 && LANGUAGES.contains(code);
    }
}
