package org.civicspace.reprisals.commons.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.civicspace.reprisals.consent.domain.ConsentScope;

/** Why an operation was refused: an expected outcome, mapped to a problem response at the edge. */
public sealed interface Refusal {

    /** Absent, or not for this caller to know about: the two are indistinguishable on purpose. */
    record NotFound(String what, Object id) implements Refusal {
    }

    /** A disclosing action that the consent on record does not cover. */
    record ConsentMissing(ConsentScope scope, List<UUID> victimIds) implements Refusal {
    }

    /** A state change the lifecycle does not allow from the current state. */
    record IllegalTransition(Object from, Object to, Set<?> allowed) implements Refusal {
    }

    /** The operation conflicts with the case as it stands. */
    record Conflict(String detail) implements Refusal {
    }

    /** A field of the request breaks a business rule. */
    record Invalid(String field, String message) implements Refusal {
    }
}
