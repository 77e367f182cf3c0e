package org.civicspace.registry.organization.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** Thematic areas: the 17 Sustainable Development Goals, plus human rights, peace and security, humanitarian action. */
public enum Theme {
    SDG_1("No poverty"),
    SDG_2("Zero hunger"),
    SDG_3("Good health and well-being"),
    SDG_4("Quality education"),
    SDG_5("Gender equality"),
    SDG_6("Clean water and sanitation"),
    SDG_7("Affordable and clean energy"),
    SDG_8("Decent work and economic growth"),
    SDG_9("Industry, innovation and infrastructure"),
    SDG_10("Reduced inequalities"),
    SDG_11("Sustainable cities and communities"),
    SDG_12("Responsible consumption and production"),
    SDG_13("Climate action"),
    SDG_14("Life below water"),
    SDG_15("Life on land"),
    SDG_16("Peace, justice and strong institutions"),
    SDG_17("Partnerships for the goals"),
    HUMAN_RIGHTS("Human rights"),
    PEACE_AND_SECURITY("Peace and security"),
    HUMANITARIAN_ACTION("Humanitarian action");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    /** {@code sdg-4}, {@code human-rights}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public String label() {
        return label;
    }

    public static Theme fromCode(String code) {
        return WireCodes.parse(Theme.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
