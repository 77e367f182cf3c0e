package org.civicspace.accreditation.applications.application;

import org.civicspace.accreditation.applications.domain.DecisionOutcome;

/** The decision on an application, with the reasons shown to the applicant and in the public feed. */
public record Decide(DecisionOutcome outcome, String reasons) {
}
