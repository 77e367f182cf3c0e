package org.civicspace.reprisals.consent.domain;

/** How consent was given. */
public enum ConsentChannel {
    IN_PERSON,
    PHONE,
    VIDEO_CALL,
    ENCRYPTED_MESSAGE,
    EMAIL,
    THROUGH_CIVIL_SOCIETY_ORGANISATION,
    SECURE_INTAKE
}
