package org.civicspace.reprisals.casefile.domain;

/** The kinds of reprisal acts the Secretary-General's report distinguishes. */
public enum ActType {
    INTIMIDATION,
    THREATS,
    TRAVEL_BAN_OR_VISA_DENIAL,
    ARREST_OR_DETENTION,
    SMEAR_CAMPAIGN,
    ONLINE_HARASSMENT,
    SURVEILLANCE,
    PHYSICAL_ATTACK,
    LEGAL_OR_ADMINISTRATIVE_HARASSMENT,
    REPRISALS_AGAINST_RELATIVES
}
