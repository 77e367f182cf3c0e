package org.civicspace.reprisals.casefile.domain;

/** How much danger the person concerned is in. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
