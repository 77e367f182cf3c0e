package org.civicspace.reprisals.casefile.domain;

/** How a case reached OHCHR. */
public enum IntakeChannel {
    CASE_OFFICER,
    SECURE_INTAKE
}
