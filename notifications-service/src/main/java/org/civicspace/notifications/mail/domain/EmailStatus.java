package org.civicspace.notifications.mail.domain;

import java.util.Set;

/**
 * Where an e-mail stands. One addressed to an audience is first {@code RESOLVING}: the relay looks up the addresses
 * and makes one {@code PENDING} e-mail per address ({@code RESOLVED}), or finds none ({@code NO_ADDRESS}).
 * A {@code PENDING} e-mail is tried until the relay accepts it ({@code SENT}).
 */
public enum EmailStatus {
    RESOLVING, RESOLVED, NO_ADDRESS, PENDING, SENT;

    /** The states the relay still works on. */
    public static final Set<EmailStatus> OPEN = Set.of(RESOLVING, PENDING);
}
