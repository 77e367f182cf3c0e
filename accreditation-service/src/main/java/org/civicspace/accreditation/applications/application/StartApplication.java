package org.civicspace.accreditation.applications.application;

import java.util.UUID;

import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.applications.domain.Declarations;

/**
 * Start an application, a draft, for an organisation on a track; an ECOSOC one by an organisation that already holds
 * consultative status asks to change its category.
 */
public record StartApplication(UUID organizationId, Track track, EcosocCategory requestedCategory,
        Declarations declarations) {
}
