package org.civicspace.gateway;

import java.util.HashMap;
import java.util.Map;

/**
 * How many event streams one caller, and the whole replica, may hold open at once. A caller is the key the rate
 * limits use: the token's subject, or the client's address without a token. The counts are this replica's: behind N
 * replicas a caller may hold up to N times as many streams. Only callers with an open stream are kept, and a caller is
 * forgotten when its last stream closes, so the state never outgrows the streams themselves.
 */
final class StreamQuota {

    /** The answer to a caller asking for one more stream. */
    sealed interface Admission {

        /** Admitted: the stream holds its place until it is closed. */
        record Admitted(Place place) implements Admission {
        }

        /** The caller already holds as many streams as one caller may. */
        record CallerAtLimit(int limit) implements Admission {
        }

        /** The replica already holds as many streams as it serves. */
        record ReplicaFull(int limit) implements Admission {
        }
    }

    /** One admitted stream's place; closing it twice (a close and an error of the same connection) frees it once. */
    final class Place implements AutoCloseable {

        private final String caller;
        private boolean held = true;

        private Place(String caller) {
            this.caller = caller;
        }

        @Override
        public void close() {
            synchronized (StreamQuota.this) {
                if (held) {
                    held = false;
                    release(caller);
                }
            }
        }
    }

    private final int perCaller;
    private final int perReplica;
    private final Map<String, Integer> openByCaller = new HashMap<>();
    private int open;

    StreamQuota(int perCaller, int perReplica) {
        this.perCaller = perCaller;
        this.perReplica = perReplica;
    }

    synchronized Admission admit(String caller) {
        if (openByCaller.getOrDefault(caller, 0) >= perCaller) {
            return new Admission.CallerAtLimit(perCaller);
        }
        if (open >= perReplica) {
            return new Admission.ReplicaFull(perReplica);
        }
        openByCaller.merge(caller, 1, Integer::sum);
        open++;
        return new Admission.Admitted(new Place(caller));
    }

    /** Streams open now on this replica. */
    synchronized int open() {
        return open;
    }

    /** Callers holding at least one open stream now. */
    synchronized int callers() {
        return openByCaller.size();
    }

    private void release(String caller) {
        openByCaller.computeIfPresent(caller, (key, count) -> count == 1 ? null : count - 1);
        open--;
    }
}
