package org.civicspace.events.registration.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * Who gets a seat. Of {@code capacity} seats, a youth share is reserved for representatives aged {@value #YOUTH_MIN}
 * to {@value #YOUTH_MAX} on the event's first day: others may take only the unreserved seats, youth may take any.
 * Whoever finds no seat joins the waiting list, first come first served; when a seat frees, the first person on
 * the list who may take it is promoted. Never more confirmed than the capacity.
 */
public final class SeatPolicy {

    public static final int YOUTH_MIN = 18;
    public static final int YOUTH_MAX = 32;

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

    public static boolean isYouth(LocalDate dateOfBirth, LocalDate firstDay) {
        if (dateOfBirth == null) {
            return false;
        }
        int age = Period.between(dateOfBirth, firstDay).getYears();
        return age >= YOUTH_MIN && age <= YOUTH_MAX;
    }

    /** The first person on the list, in order, who may take a free seat; empty when nobody may. */
    public static <T> Optional<Waiting<T>> nextToPromote(List<Waiting<T>> waitingList, Seats seats) {
        return waitingList.stream().filter(w -> seats.hasSeatFor(w.youth())).findFirst();
    }
}
