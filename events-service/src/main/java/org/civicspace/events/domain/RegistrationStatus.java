package org.civicspace.events.domain;

/** Where a registration stands. Confirmed and attended hold a seat; waitlisted waits for one. */
public enum RegistrationStatus {
    CONFIRMED("confirmed"),
    WAITLISTED("waitlisted"),
    CANCELLED("cancelled"),
    ATTENDED("attended"),
    NO_SHOW("no-show");

    private final String code;

    RegistrationStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean holdsASeat() {
        return this == CONFIRMED || this == ATTENDED;
    }

    public static RegistrationStatus fromCode(String code) {
        return Codes.fromCode(RegistrationStatus.class, RegistrationStatus::code, code);
    }
}
