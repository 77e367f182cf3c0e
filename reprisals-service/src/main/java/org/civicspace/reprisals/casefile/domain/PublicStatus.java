package org.civicspace.reprisals.casefile.domain;

/** The status shown to whoever holds a case's follow-up secret. */
public enum PublicStatus {
    RECEIVED,
    IN_PROGRESS,
    CLOSED
}
