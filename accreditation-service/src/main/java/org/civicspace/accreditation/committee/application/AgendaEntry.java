package org.civicspace.accreditation.committee.application;

import java.util.UUID;

import org.civicspace.accreditation.applications.domain.ApplicationState;

/**
 * An application on a session's agenda: its current state and the session's last outcome for it, absent while the
 * session has done nothing with it yet.
 */
public record AgendaEntry(UUID applicationId, UUID organizationId, String organizationName, ApplicationState state,
        ApplicationState outcome, int deferralCount) {
}
