package org.civicspace.reprisals.casefile.domain;

import java.util.Collection;

import org.civicspace.reprisals.commons.domain.Actor;

/** Only the case officers assigned to a case, and their supervisors, may know that it exists. */
public final class NeedToKnow {

    private NeedToKnow() {
    }

    public static boolean mayAccess(Actor actor, Collection<String> assignedOfficers) {
        return actor.supervisor() || assignedOfficers.contains(actor.subject());
    }
}
