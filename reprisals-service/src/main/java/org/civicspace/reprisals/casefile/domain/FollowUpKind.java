package org.civicspace.reprisals.casefile.domain;

/** What a follow-up action is about, without free text. */
public enum FollowUpKind {
    CHECK_IN_WITH_PERSON_CONCERNED,
    VERIFY_INFORMATION,
    REASSESS_RISK,
    CHASE_STATE_REPLY,
    REVIEW_MEASURE
}
