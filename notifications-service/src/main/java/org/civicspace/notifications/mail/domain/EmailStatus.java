package org.civicspace.notifications.mail.domain;

import java.util.Set;

/**
 * Where an e-mail stands. One addressed to an audience is first {@code RESOLVING}: the relay looks up the addresses
 * and makes one {@code PENDING} e-mail per address ({@code RESOLVED}), or finds none ({@code NO_ADDRESS}).
 * A {@code PENDING} e-mail is tried until the relay accepts it ({@code SENT}). One to a person who turned its kind
 * off is recorded {@code SKIPPED}, never sent: kept, so that what happened to each accepted e-mail can be told.
 */
public enum EmailStatus {
    RESOLVING, RESOLVED, NO_ADDRESS, PENDING, SENT, SKIPPED;

    /** The states the relay still works on. */
    public static final Set<EmailStatus> OPEN = Set.of(RESOLVING, PENDING);
}
