package org.civicspace.events.registration.persistence;

import org.civicspace.events.registration.domain.RegistrationStatus;
import org.civicspace.platform.web.json.WireCodeColumn;

/**
 * Keeps a registration's status (the partial unique index on live registrations compares it) in its text column as its
 * wire code, which is what these columns have always held: queries and indexes compare those texts. One converter per
 * enum, as JPA wants a converter class per type.
 */
public final class RegistrationColumns {

    private RegistrationColumns() {
    }

    /** {@link RegistrationStatus} as its code. */
    public static class RegistrationStatusColumn extends WireCodeColumn<RegistrationStatus> {
        public RegistrationStatusColumn() {
            super(RegistrationStatus.class);
        }
    }
}
