package org.civicspace.reprisals.audit.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/**
 * The tamper-evident chain of the audit log. Each entry carries a keyed MAC (HMAC-SHA256) over its content and the
 * previous entry's MAC, under a key that is never in the database: whoever can write the table can delete, insert,
 * change or re-hash entries, but cannot make their MACs valid again. Truncating the end of the chain leaves every
 * MAC valid, so the chain is also compared with an anchor kept outside the database (a checkpoint: the sequence and
 * MAC of an entry, itself MACed).
 *
 * <p>Entries written before the chain was keyed carry an unkeyed SHA-256 ({@link #legacyHash}); they are accepted
 * only at the start of the chain, never after a keyed entry.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private final SecretKey key;

    public AuditChain(SecretKey key) {
        this.key = new SecretKeySpec(key.getEncoded(), "HmacSHA256");
    }

    /**
     * The MAC of {@code record} chained after {@code previousHash}. The sequence is not covered: the order is the
     * chain of MACs, so an entry moved or inserted shows as a broken link, not as a renumbering.
     */
    public String mac(String previousHash, AuditRecord record) {
        return hex(mac().doFinal(lengthPrefixed(List.of(previousHash, Long.toString(record.at().toEpochMilli()),
                record.actor(), record.action(), String.valueOf(record.caseId()), String.valueOf(record.purpose()),
                record.outcome()))));
    }

    /** The MAC of a checkpoint of chain {@code chain} at entry {@code sequence}, whose own MAC is {@code hash}. */
    public String checkpointMac(String chain, long sequence, String hash) {
        return hex(mac().doFinal(lengthPrefixed(List.of("checkpoint", chain, Long.toString(sequence), hash))));
    }

    /** The unkeyed SHA-256 of the entries written before the chain was keyed. */
    public static String legacyHash(String previousHash, AuditRecord record) {
        try {
            return hex(MessageDigest.getInstance("SHA-256").digest(lengthPrefixed(List.of(previousHash,
                    Long.toString(record.sequence()), Long.toString(record.at().toEpochMilli()), record.actor(),
                    record.action(), String.valueOf(record.caseId()), String.valueOf(record.purpose()),
                    record.outcome()))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** A stored entry: its content and the hashes written with it; {@code keyed} unless written before keying. */
    public record Link(AuditRecord record, String previousHash, String hash, boolean keyed) {
    }

    /** An entry as a checkpoint outside the database holds it. */
    public record Anchor(long sequence, String hash) {
    }

    /** What tampering looks like. */
    public enum Finding {
        /** An entry's content no longer matches its MAC, while the entries around it still chain to it. */
        ALTERED,
        /** An entry without a valid MAC sits between two entries that chain to each other. */
        INSERTED,
        /** An entry no longer chains to the one before it: entries between them were removed. */
        DELETED,
        /** A run of entries was re-computed without the key: each links to the one before, none has a valid MAC. */
        REHASHED,
        /** The chain ends before an entry that the database's head or a checkpoint outside it has seen. */
        TRUNCATED;

        /** {@code altered}, {@code inserted}, {@code deleted}, {@code rehashed}, {@code truncated} */
        @JsonValue
        public String code() {
            return WireCodes.of(this);
        }

        public static Finding fromCode(String code) {
            return WireCodes.parse(Finding.class, code);
        }
    }

    /** What verification found: intact, or the first entry where tampering shows and how it shows. */
    public record Verification(long entriesChecked, Optional<Long> firstBrokenSequence, Optional<Finding> finding,
            Optional<Long> anchoredSequence) {

        public boolean intact() {
            return finding.isEmpty();
        }
    }

    /**
     * Walks the chain in sequence order from the first entry up to the database's head, stops at the first sign of
     * tampering, and then compares the end of the chain with the head and with the latest anchor.
     */
    public Verification verify(List<Link> chain, Anchor head, Optional<Anchor> anchor) {
        Optional<Long> anchored = anchor.map(Anchor::sequence);
        String expectedPrevious = GENESIS;
        boolean keyedSeen = false;
        for (int i = 0; i < chain.size(); i++) {
            Link link = chain.get(i);
            long sequence = link.record().sequence();
            if (!valid(link, keyedSeen)) {
                Link next = i + 1 < chain.size() ? chain.get(i + 1) : null;
                Finding finding;
                if (next != null && next.previousHash().equals(expectedPrevious) && valid(next, true)) {
                    finding = Finding.INSERTED;
                } else if (next != null && next.previousHash().equals(link.hash()) && !valid(next, true)) {
                    finding = Finding.REHASHED;
                } else {
                    finding = Finding.ALTERED;
                }
                return broken(i + 1, sequence, finding, anchored);
            }
            if (!link.previousHash().equals(expectedPrevious)) {
                return broken(i + 1, sequence, Finding.DELETED, anchored);
            }
            keyedSeen |= link.keyed();
            expectedPrevious = link.hash();
        }
        long last = chain.isEmpty() ? 0 : chain.get(chain.size() - 1).record().sequence();
        if (head.sequence() > last) {
            return broken(chain.size(), last + 1, Finding.TRUNCATED, anchored);
        }
        if (!head.hash().equals(expectedPrevious)) {
            return broken(chain.size(), last, Finding.ALTERED, anchored);
        }
        if (anchor.isPresent()) {
            Anchor a = anchor.get();
            Optional<Link> at = chain.stream().filter(l -> l.record().sequence() == a.sequence()).findFirst();
            if (at.isEmpty() && a.sequence() > last) {
                return broken(chain.size(), last + 1, Finding.TRUNCATED, anchored);
            }
            if (at.isEmpty() || !at.get().hash().equals(a.hash())) {
                return broken(chain.size(), a.sequence(), Finding.REHASHED, anchored);
            }
        }
        return new Verification(chain.size(), Optional.empty(), Optional.empty(), anchored);
    }

    private boolean valid(Link link, boolean keyedSeen) {
        if (link.keyed()) {
            return MessageDigest.isEqual(mac(link.previousHash(), link.record()).getBytes(StandardCharsets.US_ASCII),
                    link.hash().getBytes(StandardCharsets.US_ASCII));
        }
        return !keyedSeen && legacyHash(link.previousHash(), link.record()).equals(link.hash());
    }

    private static Verification broken(long checked, long sequence, Finding finding, Optional<Long> anchored) {
        return new Verification(checked, Optional.of(sequence), Optional.of(finding), anchored);
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    /** Each field as its length and its UTF-8 bytes, so that ("ab","c") and ("a","bc") stay apart. */
    private static byte[] lengthPrefixed(List<String> fields) {
        int size = 0;
        for (String field : fields) {
            size += 4 + field.getBytes(StandardCharsets.UTF_8).length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        for (String field : fields) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            buffer.putInt(bytes.length).put(bytes);
        }
        return buffer.array();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
