package org.civicspace.reprisals.consent.domain;

/** Who gave consent on behalf of an alleged victim (never their name). */
public enum ConsentGiver {
    PERSON_CONCERNED,
    LEGAL_REPRESENTATIVE,
    FAMILY_MEMBER,
    ORGANISATION_CONCERNED,
    CIVIL_SOCIETY_ORGANISATION
}
