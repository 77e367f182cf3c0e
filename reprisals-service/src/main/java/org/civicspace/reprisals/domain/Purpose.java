package org.civicspace.reprisals.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why someone asks to see identifying data. Stating it is required to see names, contacts, locations and the
 * narrative, and it is written to the audit log; a closed list, so no free text (and no personal data) reaches it.
 */
public enum Purpose {
    RISK_ASSESSMENT,
    PROTECTION_PLANNING,
    CONTACT_WITH_PERSON_CONCERNED,
    VERIFICATION_OF_INFORMATION,
    SUPERVISORY_REVIEW;

    public static Optional<Purpose> parse(String value) {
        return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(value)).findFirst();
    }
}
