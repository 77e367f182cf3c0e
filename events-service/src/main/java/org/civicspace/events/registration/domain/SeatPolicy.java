package org.civicspace.events.registration.domain;

import java.util.List;
import java.util.Optional;

import org.civicspace.platform.domain.YouthAge;

/**
 * Who gets a seat. Of {@code capacity} seats, a youth share is reserved for representatives aged {@value YouthAge#MIN}
 * to {@value YouthAge#MAX} on the event's first day: others may take only the unreserved seats, youth may take any.
 * Whoever finds no seat joins the waiting list, first come first served; when a seat frees, the first person on
 * the list who may take it is promoted. Never more confirmed than the capacity.
 */
public final class SeatPolicy {

    private SeatPolicy() {
    }

    /** The seats of one event and how they are taken. */
    public record Seats(int capacity, int youthSharePercent, int confirmed, int confirmedNonYouth) {

        /** Seats reserved for youth: the share of the capacity, rounded up. */
        public int reservedForYouth() {
            return (int) Math.ceil(capacity * youthSharePercent / 100.0);
        }

        /** Whether a youth (or another) registrant may take a seat now. */
        public boolean hasSeatFor(boolean youth) {
            if (confirmed >= capacity) {
                return false;
            }
            return youth || confirmedNonYouth < capacity - reservedForYouth();
        }
    }

    /** A person on the waiting list, in list order. */
    public record Waiting<T>(T id, boolean youth) {
    }

    /** The first person on the list, in order, who may take a free seat; empty when nobody may. */
    public static <T> Optional<Waiting<T>> nextToPromote(List<Waiting<T>> waitingList, Seats seats) {
        return waitingList.stream().filter(w -> seats.hasSeatFor(w.youth())).findFirst();
    }
}
