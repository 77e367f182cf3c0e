package org.civicspace.platform.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Why a request was refused: an expected outcome of a business rule, not a fault. It is the one way every service
 * says no. Application code returns it in an {@link Outcome} or throws it as {@link Refused}; only a service's
 * {@code api} turns it into a problem response (platform-web's {@code Refusals}), so the rules speak no HTTP.
 *
 * <p>
 * A named rule ({@code rule}) becomes the problem's type ({@code .../problems/registration-closed}) and its title;
 * {@code facts} become the problem's extension members, for a client to act on.
 */
public sealed interface Refusal {

    /** Absent, or not for this caller to know about: the two are indistinguishable on purpose. */
    record NotFound(String what, Object id) implements Refusal {
    }

    /** A field of the request breaks a rule. */
    record Invalid(String field, String message) implements Refusal {
    }

    /** A state change the lifecycle does not allow from the current state (states as enums or their codes). */
    record IllegalTransition(Object from, Object to, Collection<?> allowed) implements Refusal {
        public IllegalTransition {
            allowed = List.copyOf(allowed);
        }
    }

    /** The caller may not do this, for a reason it may know. */
    record Forbidden(String rule, String title, String detail, Map<String, Object> facts) implements Refusal {
        public Forbidden {
            facts = Map.copyOf(facts);
        }

        public Forbidden(String detail) {
            this("forbidden", "Forbidden", detail, Map.of());
        }
    }

    /** The request conflicts with the state of things as they stand. */
    record Conflict(String rule, String title, String detail, Map<String, Object> facts) implements Refusal {
        public Conflict {
            facts = Map.copyOf(facts);
        }

        public Conflict(String detail) {
            this("conflict", "Conflict", detail, Map.of());
        }
    }

    /** A well-formed request that a rule refuses for what it asks, whatever the state. */
    record Unprocessable(String rule, String title, String detail) implements Refusal {
    }
}
