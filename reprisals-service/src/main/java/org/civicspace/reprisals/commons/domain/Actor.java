package org.civicspace.reprisals.commons.domain;

/**
 * Who acts on a case, as far as need-to-know is concerned: a case officer sees the cases assigned to them, a
 * supervisor sees every case. Anonymous intake and the service's own jobs act under fixed names.
 */
public record Actor(String subject, boolean supervisor) {

    /** A person reporting through the secure intake without an account; never their address. */
    public static final Actor SECURE_INTAKE = new Actor("secure-intake", false);
    /** The service's own scheduled jobs (deadline watch, retention). */
    public static final Actor SYSTEM = new Actor("reprisals-service", false);

    public static Actor officer(String subject) {
        return new Actor(subject, false);
    }

    public static Actor supervisor(String subject) {
        return new Actor(subject, true);
    }
}
