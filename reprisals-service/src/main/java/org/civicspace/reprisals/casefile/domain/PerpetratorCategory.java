package org.civicspace.reprisals.casefile.domain;

/** Who is alleged to have acted, by category only. */
public enum PerpetratorCategory {
    STATE_AUTHORITIES,
    SECURITY_FORCES,
    JUDICIARY,
    NON_STATE_ARMED_GROUP,
    PRIVATE_ACTOR,
    UNKNOWN
}
