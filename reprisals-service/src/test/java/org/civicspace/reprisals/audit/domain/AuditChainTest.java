package org.civicspace.reprisals.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    @Test
    void anUntouchedChainVerifies() {
        assertThat(AuditChain.verify(chainOf(3)).intact()).isTrue();
    }

    @Test
    void detectsAChangedEntry() {
        List<AuditChain.Link> chain = chainOf(3);
        AuditChain.Link second = chain.get(1);
        AuditRecord r = second.record();
        chain.set(1, new AuditChain.Link(new AuditRecord(r.sequence(), r.at(), "intruder", r.action(), r.caseId(),
                r.purpose(), r.outcome()), second.previousHash(), second.hash()));

        assertThat(AuditChain.verify(chain).firstBrokenSequence()).contains(2L);
    }

    @Test
    void detectsARemovedEntry() {
        List<AuditChain.Link> chain = chainOf(3);
        chain.remove(1);

        AuditChain.Verification verification = AuditChain.verify(chain);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSequence()).contains(3L);
    }

    static List<AuditChain.Link> chainOf(int length) {
        List<AuditChain.Link> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long sequence = 1; sequence <= length; sequence++) {
            AuditRecord record = new AuditRecord(sequence, Instant.ofEpochMilli(sequence * 1000), "case-officer",
                    "CASE_READ", UUID.randomUUID(), null, "DONE");
            String hash = AuditChain.hash(previous, record);
            chain.add(new AuditChain.Link(record, previous, hash));
            previous = hash;
        }
        return chain;
    }
}
