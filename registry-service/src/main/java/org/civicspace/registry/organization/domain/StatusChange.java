package org.civicspace.registry.organization.domain;

import java.util.Set;

/** The outcome of asking an organisation to change status: changed, or refused with the states allowed instead. */
public sealed interface StatusChange {

    record Changed(OrganizationStatus from, OrganizationStatus to) implements StatusChange {
    }

    record Refused(OrganizationStatus current, OrganizationStatus requested, Set<OrganizationStatus> allowed)
            implements StatusChange {
    }

    static StatusChange decide(OrganizationStatus current, OrganizationStatus requested) {
        return current.mayBecome(requested)
                ? new Changed(current, requested)
                : new Refused(current, requested, current.allowedNext());
    }
}
