package org.civicspace.events.meeting.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/**
 * The six official languages of the United Nations, by their ISO 639-1 codes: titles, descriptions, proposals and
 * interpretation.
 */
public enum UnLanguage {
    AR,
    ZH,
    EN,
    FR,
    RU,
    ES;

    /** The codes, {@code ar|zh|en|fr|ru|es}, as a pattern for a text that names one (a title's language). */
    public static final String PATTERN = "ar|zh|en|fr|ru|es";

    /** {@code ar}, {@code zh}, {@code en}, {@code fr}, {@code ru}, {@code es} */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    @Override
    public String toString() {
        return code();
    }

    public static UnLanguage fromCode(String code) {
        return WireCodes.parse(UnLanguage.class, code);
    }
}
