package org.civicspace.platform.web.problem;

import java.util.Map;

import org.civicspace.platform.domain.Refusal;
import org.civicspace.platform.problem.Problem;
import org.civicspace.platform.web.json.WireCodes;

/**
 * The one place where a {@link Refusal} becomes a problem response: its status, type, title and extension members.
 * A thrown {@link org.civicspace.platform.domain.Refused} reaches it through {@link ProblemMappers}.
 */
public final class Refusals {

    private Refusals() {
    }

    public static Problem problem(Refusal refusal) {
        return problemException(refusal).problem();
    }

    static ProblemException problemException(Refusal refusal) {
        if (refusal instanceof Refusal.NotFound notFound) {
            return ProblemException.notFound(notFound.what(), notFound.id());
        } else if (refusal instanceof Refusal.Invalid invalid) {
            return ProblemException.invalid(invalid.field(), invalid.message());
        } else if (refusal instanceof Refusal.IllegalTransition transition) {
            return ProblemException.illegalTransition(wire(transition.from()), wire(transition.to()),
                    transition.allowed().stream().map(Refusals::wire).toList());
        } else if (refusal instanceof Refusal.Forbidden forbidden) {
            return new ProblemException(403, forbidden.rule(), forbidden.title(), forbidden.detail(),
                    forbidden.facts());
        } else if (refusal instanceof Refusal.Conflict conflict) {
            return new ProblemException(409, conflict.rule(), conflict.title(), conflict.detail(), conflict.facts());
        }
        Refusal.Unprocessable unprocessable = (Refusal.Unprocessable) refusal;
        return new ProblemException(422, unprocessable.rule(), unprocessable.title(), unprocessable.detail(),
                Map.of());
    }

    /** A state as the API spells it: an enum constant by its wire code, as in every body. */
    private static String wire(Object state) {
        return state instanceof Enum<?> constant ? WireCodes.of(constant) : String.valueOf(state);
    }
}
