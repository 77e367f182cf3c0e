package org.civicspace.reprisals.casefile.domain;

/** The kind of UN engagement that triggered the reprisal. */
public enum UnMechanism {
    HUMAN_RIGHTS_COUNCIL,
    UNIVERSAL_PERIODIC_REVIEW,
    TREATY_BODY,
    SPECIAL_PROCEDURE,
    UN_EVENT,
    UN_FIELD_PRESENCE
}
