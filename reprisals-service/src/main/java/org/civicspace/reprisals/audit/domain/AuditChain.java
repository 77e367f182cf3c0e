package org.civicspace.reprisals.audit.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The tamper-evident chain of the audit log: each entry's hash covers its content and the previous entry's hash,
 * so changing, removing or reordering any entry breaks every hash after it.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash of {@code record} chained after {@code previousHash}: SHA-256 over length-prefixed fields. */
    public static String hash(String previousHash, AuditRecord record) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String field : List.of(previousHash, Long.toString(record.sequence()),
                    Long.toString(record.at().toEpochMilli()), record.actor(), record.action(),
                    String.valueOf(record.caseId()), String.valueOf(record.purpose()), record.outcome())) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                // a length prefix keeps ("ab","c") and ("a","bc") apart
                sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** A stored entry: its content and the hashes written with it. */
    public record Link(AuditRecord record, String previousHash, String hash) {
    }

    /** What verification found: intact, or the first entry whose content or link no longer matches. */
    public record Verification(boolean intact, long entriesChecked, Optional<Long> firstBrokenSequence) {
    }

    /** Walks the chain in sequence order from the first entry, stopping at the first break. */
    public static Verification verify(Iterable<Link> chain) {
        String expectedPrevious = GENESIS;
        long expectedSequence = 1;
        long checked = 0;
        for (Link link : chain) {
            checked++;
            boolean linked = link.previousHash().equals(expectedPrevious)
                    && link.record().sequence() == expectedSequence;
            if (!linked || !hash(link.previousHash(), link.record()).equals(link.hash())) {
                return new Verification(false, checked, Optional.of(link.record().sequence()));
            }
            expectedPrevious = link.hash();
            expectedSequence++;
        }
        return new Verification(true, checked, Optional.empty());
    }
}
