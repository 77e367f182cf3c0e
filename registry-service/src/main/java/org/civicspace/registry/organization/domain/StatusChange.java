package org.civicspace.registry.organization.domain;

import org.civicspace.platform.domain.Refusal;

/** The outcome of asking an organisation to change status: changed, or declined with the states allowed instead. */
public sealed interface StatusChange {

    record Changed(OrganizationStatus from, OrganizationStatus to) implements StatusChange {
    }

    record Declined(Refusal.IllegalTransition refusal) implements StatusChange {
    }

    static StatusChange decide(OrganizationStatus current, OrganizationStatus requested) {
        return current.mayBecome(requested)
                ? new Changed(current, requested)
                : new Declined(new Refusal.IllegalTransition(current, requested, current.allowedNext()));
    }
}
