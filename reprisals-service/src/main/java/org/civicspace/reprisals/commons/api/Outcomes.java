package org.civicspace.reprisals.commons.api;

import java.util.Map;

import org.civicspace.platform.web.json.WireCodes;
import org.civicspace.platform.web.problem.ProblemException;
import org.civicspace.reprisals.commons.domain.Outcome;
import org.civicspace.reprisals.commons.domain.Refusal;

/** Turns a refused outcome into its problem response at the edge; a resource only calls {@link #orProblem}. */
public final class Outcomes {

    private Outcomes() {
    }

    public static <T> T orProblem(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Done<T> done) {
            return done.value();
        }
        throw problem(((Outcome.Refused<T>) outcome).refusal());
    }

    static ProblemException problem(Refusal refusal) {
        if (refusal instanceof Refusal.NotFound notFound) {
            return ProblemException.notFound(notFound.what(), notFound.id());
        } else if (refusal instanceof Refusal.ConsentMissing missing) {
            String scope = missing.scope().code();
            return new ProblemException(409, "consent-required", "Consent required",
                    "The informed consent on record does not cover " + scope
                            + " for every person concerned; record their consent before this action.",
                    Map.of("missingScope", scope,
                            "victimIds", missing.victimIds().stream().map(String::valueOf).toList()));
        } else if (refusal instanceof Refusal.IllegalTransition transition) {
            return ProblemException.illegalTransition(wire(transition.from()), wire(transition.to()),
                    transition.allowed().stream().map(Outcomes::wire).toList());
        } else if (refusal instanceof Refusal.Invalid invalid) {
            return ProblemException.invalid(invalid.field(), invalid.message());
        }
        return ProblemException.conflict(((Refusal.Conflict) refusal).detail());
    }

    /** A state as the API spells it: an enum constant by its wire code, as in every body. */
    private static String wire(Object state) {
        return state instanceof Enum<?> constant ? WireCodes.of(constant) : String.valueOf(state);
    }
}
