package org.civicspace.reprisals.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    static final AuditChain CHAIN = new AuditChain(new SecretKeySpec(new byte[32], "AES"));

    @Test
    void anUntouchedChainVerifiesAgainstItsHeadAndAnchor() {
        List<AuditChain.Link> chain = chainOf(5);

        AuditChain.Verification verification = CHAIN.verify(chain, headOf(chain), Optional.of(anchorAt(chain, 3)));

        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(5);
        assertThat(verification.anchoredSequence()).contains(3L);
    }

    @Test
    void anEntryChangedInPlaceIsAltered() {
        List<AuditChain.Link> chain = chainOf(3);
        AuditChain.Link head = headLink(chain);
        chain.set(1, withActor(chain.get(1), "intruder"));

        assertFinding(CHAIN.verify(chain, anchor(head), Optional.empty()), AuditChain.Finding.ALTERED, 2);
    }

    @Test
    void anEntryRemovedFromTheMiddleIsDeleted() {
        List<AuditChain.Link> chain = chainOf(4);
        AuditChain.Link head = headLink(chain);
        chain.remove(1);

        assertFinding(CHAIN.verify(chain, anchor(head), Optional.empty()), AuditChain.Finding.DELETED, 3);
    }

    @Test
    void anEntryForgedBetweenTwoIsInserted() {
        List<AuditChain.Link> chain = chainOf(3);
        AuditChain.Link first = chain.get(0);
        AuditRecord forged = new AuditRecord(2, Instant.ofEpochMilli(1500), "case-officer-2", "CASE_READ", null, null,
                "DONE");
        chain.add(1, new AuditChain.Link(forged, first.hash(), AuditChain.legacyHash(first.hash(), forged), true));

        assertFinding(CHAIN.verify(chain, headOf(chain), Optional.empty()), AuditChain.Finding.INSERTED, 2);
    }

    @Test
    void aChainRecomputedWithoutTheKeyIsRehashed() {
        List<AuditChain.Link> chain = chainOf(4);
        String previous = chain.get(0).hash();
        for (int i = 1; i < chain.size(); i++) {
            AuditRecord r = chain.get(i).record();
            AuditRecord changed = i == 1 ? withActor(chain.get(i), "intruder").record() : r;
            String hash = AuditChain.legacyHash(previous, changed);
            chain.set(i, new AuditChain.Link(changed, previous, hash, false));
            previous = hash;
        }

        assertFinding(CHAIN.verify(chain, headOf(chain), Optional.empty()), AuditChain.Finding.REHASHED, 2);
    }

    @Test
    void aChainCutShorterThanItsHeadIsTruncated() {
        List<AuditChain.Link> chain = chainOf(5);
        AuditChain.Anchor head = headOf(chain);

        assertFinding(CHAIN.verify(chain.subList(0, 3), head, Optional.empty()), AuditChain.Finding.TRUNCATED, 4);
    }

    @Test
    void aChainCutWithItsHeadRewrittenIsTruncatedAgainstTheAnchor() {
        List<AuditChain.Link> chain = chainOf(5);
        AuditChain.Anchor anchor = anchorAt(chain, 5);
        List<AuditChain.Link> cut = chain.subList(0, 3);

        assertFinding(CHAIN.verify(cut, headOf(cut), Optional.of(anchor)), AuditChain.Finding.TRUNCATED, 4);
    }

    @Test
    void aChainRewrittenUnderTheOldUnkeyedHashDoesNotMatchItsAnchor() {
        List<AuditChain.Link> chain = chainOf(3);
        AuditChain.Anchor anchor = anchorAt(chain, 3);
        List<AuditChain.Link> rewritten = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (AuditChain.Link link : chain) {
            String hash = AuditChain.legacyHash(previous, link.record());
            rewritten.add(new AuditChain.Link(link.record(), previous, hash, false));
            previous = hash;
        }

        assertFinding(CHAIN.verify(rewritten, headOf(rewritten), Optional.of(anchor)), AuditChain.Finding.REHASHED,
                3);
    }

    @Test
    void unkeyedEntriesAreAcceptedOnlyBeforeTheFirstKeyedOne() {
        List<AuditChain.Link> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long sequence = 1; sequence <= 4; sequence++) {
            AuditRecord record = record(sequence);
            boolean keyed = sequence != 1 && sequence != 4;
            String hash = keyed ? CHAIN.mac(previous, record) : AuditChain.legacyHash(previous, record);
            chain.add(new AuditChain.Link(record, previous, hash, keyed));
            previous = hash;
        }

        assertThat(CHAIN.verify(chain.subList(0, 3), headOf(chain.subList(0, 3)), Optional.empty()).intact())
                .isTrue();
        assertFinding(CHAIN.verify(chain, headOf(chain), Optional.empty()), AuditChain.Finding.ALTERED, 4);
    }

    @Test
    void aCheckpointMacNamesItsChainAndEntry() {
        String mac = CHAIN.checkpointMac("reprisals", 100, "ab");

        assertThat(CHAIN.checkpointMac("reprisals", 100, "ab")).isEqualTo(mac);
        assertThat(CHAIN.checkpointMac("reprisals", 101, "ab")).isNotEqualTo(mac);
        assertThat(CHAIN.checkpointMac("other", 100, "ab")).isNotEqualTo(mac);
        assertThat(new AuditChain(new SecretKeySpec(new byte[] { 1 }, "AES")).checkpointMac("reprisals", 100, "ab"))
                .isNotEqualTo(mac);
    }

    static void assertFinding(AuditChain.Verification verification, AuditChain.Finding finding, long sequence) {
        assertThat(verification.intact()).isFalse();
        assertThat(verification.finding()).contains(finding);
        assertThat(verification.firstBrokenSequence()).contains(sequence);
    }

    static List<AuditChain.Link> chainOf(int length) {
        List<AuditChain.Link> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long sequence = 1; sequence <= length; sequence++) {
            AuditRecord record = record(sequence);
            String hash = CHAIN.mac(previous, record);
            chain.add(new AuditChain.Link(record, previous, hash, true));
            previous = hash;
        }
        return chain;
    }

    static AuditRecord record(long sequence) {
        return new AuditRecord(sequence, Instant.ofEpochMilli(sequence * 1000), "case-officer", "CASE_READ",
                UUID.randomUUID(), null, "DONE");
    }

    static AuditChain.Link withActor(AuditChain.Link link, String actor) {
        AuditRecord r = link.record();
        return new AuditChain.Link(new AuditRecord(r.sequence(), r.at(), actor, r.action(), r.caseId(), r.purpose(),
                r.outcome()), link.previousHash(), link.hash(), link.keyed());
    }

    static AuditChain.Link headLink(List<AuditChain.Link> chain) {
        return chain.get(chain.size() - 1);
    }

    static AuditChain.Anchor headOf(List<AuditChain.Link> chain) {
        return anchor(headLink(chain));
    }

    static AuditChain.Anchor anchor(AuditChain.Link link) {
        return new AuditChain.Anchor(link.record().sequence(), link.hash());
    }

    static AuditChain.Anchor anchorAt(List<AuditChain.Link> chain, long sequence) {
        return anchor(chain.get((int) sequence - 1));
    }
}
