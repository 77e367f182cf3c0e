package org.civicspace.notifications.preference.domain;

import org.civicspace.platform.web.json.WireCodes;

import com.fasterxml.jackson.annotation.JsonValue;

/** The six official languages of the United Nations, in which a person may choose to read their e-mail. */
public enum Language {

    AR, ZH, EN, FR, RU, ES;

    /** The language of anyone who chose none, and of every text not yet translated. */
    public static final Language FALLBACK = EN;

    /** The ISO 639-1 code, as stored, sent and used in template paths: {@code fr}. */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static Language fromCode(String code) {
        return WireCodes.parse(Language.class, code);
    }
}
