package org.civicspace.reprisals.casefile.domain;

/** Protective measures and interventions; which consent each needs is decided by the consent policy. */
public enum MeasureType {
    CONTACT_WITH_PERSON_CONCERNED,
    RAISE_WITH_STATE,
    URGENT_APPEAL,
    RELOCATION_REFERRAL,
    DIGITAL_SECURITY_REFERRAL
}
