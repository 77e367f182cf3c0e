package org.civicspace.reprisals.casefile.domain;

import java.security.SecureRandom;

/**
 * Case references a person can read out over a bad phone line (Crockford base32, no I, L, O or U), random so they
 * reveal neither the order nor the number of cases.
 */
public final class CaseReferences {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CaseReferences() {
    }

    public static String next() {
        StringBuilder reference = new StringBuilder("RC-");
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                reference.append('-');
            }
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
