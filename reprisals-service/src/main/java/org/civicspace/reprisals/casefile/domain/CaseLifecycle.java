package org.civicspace.reprisals.casefile.domain;

import java.util.Optional;

import org.civicspace.platform.domain.Refusal;

/** Decides whether a case may change status: the transition must be allowed, and assessment needs a risk assessment. */
public final class CaseLifecycle {

    private CaseLifecycle() {
    }

    public static Optional<Refusal> check(CaseStatus from, CaseStatus to, boolean hasRiskAssessment,
            boolean identifyingDataErased) {
        if (!from.mayBecome(to)) {
            return Optional.of(new Refusal.IllegalTransition(from, to, from.allowedNext()));
        }
        if (to == CaseStatus.ASSESSED && !hasRiskAssessment) {
            return Optional.of(new Refusal.Conflict("Record a risk assessment before marking the case assessed."));
        }
        if (from == CaseStatus.CLOSED && identifyingDataErased) {
            return Optional.of(new Refusal.Conflict(
                    "The identifying data of this case was erased; report it again as a new case instead."));
        }
        return Optional.empty();
    }
}
