package org.civicspace.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicspace.gateway.StreamQuota.Admission;
import org.junit.jupiter.api.Test;

/** Each caller holds at most its share of event streams, the replica at most its own, and only open ones count. */
class StreamQuotaTest {

    @Test
    void refusesACallersStreamPastItsShareWhileAnotherCallerIsAdmitted() {
        StreamQuota quota = new StreamQuota(2, 100);
        admitted(quota, "caller:a");
        admitted(quota, "caller:a");

        assertThat(quota.admit("caller:a")).isEqualTo(new Admission.CallerAtLimit(2));
        assertThat(quota.admit("ip:203.0.113.7")).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void refusesEveryoneOnceTheReplicaIsFull() {
        StreamQuota quota = new StreamQuota(2, 3);
        admitted(quota, "caller:a");
        admitted(quota, "caller:b");
        admitted(quota, "caller:c");

        assertThat(quota.admit("caller:d")).isEqualTo(new Admission.ReplicaFull(3));
    }

    @Test
    void aClosedStreamFreesItsPlaceOnceHoweverOftenItIsClosed() {
        StreamQuota quota = new StreamQuota(2, 100);
        StreamQuota.Place first = admitted(quota, "caller:a");
        admitted(quota, "caller:a");

        first.close();
        first.close();

        admitted(quota, "caller:a");
        assertThat(quota.admit("caller:a")).isInstanceOf(Admission.CallerAtLimit.class);
        assertThat(quota.open()).isEqualTo(2);
    }

    @Test
    void forgetsACallerWhenItsLastStreamCloses() {
        StreamQuota quota = new StreamQuota(3, 1_000_000);
        for (int i = 0; i < 100_000; i++) {
            admitted(quota, "ip:10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255)).close();
        }
        StreamQuota.Place held = admitted(quota, "caller:a");

        assertThat(quota.callers()).isEqualTo(1);
        held.close();
        assertThat(quota.callers()).isZero();
        assertThat(quota.open()).isZero();
    }

    private static StreamQuota.Place admitted(StreamQuota quota, String caller) {
        Admission admission = quota.admit(caller);
        assertThat(admission).isInstanceOf(Admission.Admitted.class);
        return ((Admission.Admitted) admission).place();
    }
}
