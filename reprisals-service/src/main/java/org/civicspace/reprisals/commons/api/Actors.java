package org.civicspace.reprisals.commons.api;

import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;
import org.civicspace.reprisals.commons.domain.Actor;

/** The calling user as the case file's need-to-know rule sees them. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(Caller caller) {
        return new Actor(caller.subject(), caller.hasRole(Roles.OHCHR_SUPERVISOR));
    }
}
