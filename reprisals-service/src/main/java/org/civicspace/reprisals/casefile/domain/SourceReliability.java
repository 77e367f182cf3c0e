package org.civicspace.reprisals.casefile.domain;

/** How far a source of information can be relied on. */
public enum SourceReliability {
    CONFIRMED,
    RELIABLE,
    PARTLY_RELIABLE,
    UNVERIFIED
}
