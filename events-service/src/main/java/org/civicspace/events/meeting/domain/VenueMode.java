package org.civicspace.events.meeting.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** Where people take part: at a venue, online, or either. A venue needs a place; online needs an address. */
public enum VenueMode {
    IN_PERSON,
    ONLINE,
    HYBRID;

    /** {@code in-person}, {@code online}, {@code hybrid} */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    /** Whether people come to a place, which the event must then name. */
    public boolean needsVenue() {
        return this != ONLINE;
    }

    /** Whether people take part online, for which the event must give an address. */
    public boolean needsOnlineAddress() {
        return this != IN_PERSON;
    }

    @Override
    public String toString() {
        return code();
    }

    public static VenueMode fromCode(String code) {
        return WireCodes.parse(VenueMode.class, code);
    }
}
