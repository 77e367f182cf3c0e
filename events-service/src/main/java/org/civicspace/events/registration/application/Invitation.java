package org.civicspace.events.registration.application;

import java.util.UUID;

/** An invitation to a meeting by invitation: the address it is bound to and the code that travels there. */
public record Invitation(UUID id, String email, String code) {
}
