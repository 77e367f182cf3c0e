package org.civicspace.reprisals.casefile.domain;

/** An alleged victim is a person or an organisation. */
public enum VictimKind {
    PERSON,
    ORGANISATION
}
