package org.civicspace.events.registration.application;

import java.util.UUID;

/**
 * A representative to register for a meeting, with the name and address entered; {@code invitationCode} only for a
 * meeting by invitation.
 */
public record NewRegistration(UUID representativeId, String fullName, String email, String invitationCode) {
}
