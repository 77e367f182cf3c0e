package org.civicspace.accreditation.applications.application;

import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.applications.domain.Declarations;

/** Change a draft: its requested category (ECOSOC only) and its declarations. */
public record ChangeDraft(EcosocCategory requestedCategory, Declarations declarations) {
}
