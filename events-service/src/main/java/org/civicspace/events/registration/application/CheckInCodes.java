package org.civicspace.events.registration.application;

import java.security.SecureRandom;

/** Random codes for badges and invitations, of letters and digits that cannot be mistaken for one another. */
final class CheckInCodes {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckInCodes() {
    }

    /** Eight characters, for a badge's QR code. */
    static String next() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
