package org.civicspace.accreditation.applications.application;

import org.civicspace.accreditation.accreditations.domain.EcosocCategory;

/** The committee's recommendation: for ECOSOC with a category, for DGC without. */
public record Recommend(EcosocCategory category, String reason) {
}
