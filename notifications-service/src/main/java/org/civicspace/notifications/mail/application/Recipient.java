package org.civicspace.notifications.mail.application;

import java.util.Optional;

/**
 * One address an audience resolves to, with the person who reads it: their username, the subject their tokens carry
 * and their preferences are kept under; empty for an address someone gave us that belongs to no user.
 */
public record Recipient(Optional<String> subject, String address) {

    public static Recipient user(String subject, String address) {
        return new Recipient(Optional.of(subject), address);
    }

    public static Recipient addressOnly(String address) {
        return new Recipient(Optional.empty(), address);
    }
}
