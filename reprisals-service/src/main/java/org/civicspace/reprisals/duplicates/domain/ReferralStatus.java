package org.civicspace.reprisals.duplicates.domain;

import java.util.EnumSet;
import java.util.Set;

/** A possible duplicate referred to the supervisors: open until one of them links the two cases or dismisses it. */
public enum ReferralStatus {
    OPEN,
    /** The two cases are about the same person; the supervisor decides who works on them. */
    LINKED,
    /** Not the same person, or not worth joining. */
    DISMISSED;

    public Set<ReferralStatus> allowedNext() {
        return this == OPEN ? EnumSet.of(LINKED, DISMISSED) : EnumSet.noneOf(ReferralStatus.class);
    }
}
