package org.civicspace.events.registration.domain;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** Where a registration stands. Confirmed and attended hold a seat; waitlisted waits for one. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED,
    ATTENDED,
    NO_SHOW;

    /** The registrations that hold a seat. */
    public static final Set<RegistrationStatus> SEATED = EnumSet.of(CONFIRMED, ATTENDED);
    /** Active registrations, which may still be cancelled: a seat to come, or a place on the waiting list. */
    public static final Set<RegistrationStatus> ACTIVE = EnumSet.of(CONFIRMED, WAITLISTED);
    /** A person's live registration, of which there is one per event at most: active, or attended. */
    public static final Set<RegistrationStatus> LIVE = EnumSet.of(CONFIRMED, WAITLISTED, ATTENDED);

    /** {@code confirmed}, {@code no-show}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public boolean holdsASeat() {
        return SEATED.contains(this);
    }

    @Override
    public String toString() {
        return code();
    }

    public static RegistrationStatus fromCode(String code) {
        return WireCodes.parse(RegistrationStatus.class, code);
    }
}
