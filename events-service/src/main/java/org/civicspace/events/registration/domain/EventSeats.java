package org.civicspace.events.registration.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.events.registration.domain.SeatPolicy.Seats;
import org.civicspace.events.registration.domain.SeatPolicy.Waiting;
import org.civicspace.platform.domain.Refusal;
import org.civicspace.platform.domain.YouthAge;

/**
 * The seats of one meeting, and who may have one: registering (while the meeting is published and its registration
 * window open, one live registration per person, within the organisation's limit), cancelling (a freed seat goes to
 * the first on the waiting list who may take it, by {@link SeatPolicy}) and changing the capacity (never below the
 * seats taken). Loaded with the meeting's settings, the seats taken and the waiting list in order; each decision is a
 * value the application stores, and updates what the instance holds, so that decisions taken one after the other in
 * one transaction (the meeting's row locked) see each other.
 */
public final class EventSeats {

    /** What a meeting settles about registering for it; {@code firstDay} is the local date youth is measured on. */
    public record Settings(MeetingStatus status, Instant registrationOpensAt, Instant registrationClosesAt,
            LocalDate firstDay, int capacity, int youthSharePercent, int perOrganizationLimit) {
    }

    /**
     * Someone an organisation registers: their date of birth and the end of their membership (null when unknown or
     * current), whether they hold a live registration already, and how many live registrations their organisation
     * holds for this meeting.
     */
    public record Applicant(LocalDate dateOfBirth, LocalDate membershipEndDate, boolean alreadyRegistered,
            long registeredByOrganization) {
    }

    /** A registration's hold on a seat (confirmed) or on a place in the waiting list (waitlisted), or neither. */
    public record Claim(UUID registrationId, RegistrationStatus status, boolean youth) {
    }

    /** The decision on a registration: confirmed, waitlisted or refused. */
    public sealed interface Admission permits Admitted, Declined {
    }

    /** A registration taken, with the status it starts in; {@code youth}: whether it counts towards the youth share. */
    public sealed interface Admitted extends Admission permits Confirmed, Waitlisted {

        RegistrationStatus status();

        boolean youth();
    }

    /** The decision on cancelling registrations: released, with the promotions it makes, or refused. */
    public sealed interface Release permits Released, Declined {
    }

    /** The decision on a new capacity: changed, or refused. */
    public sealed interface CapacityChange permits CapacityChanged, Declined {
    }

    /** A seat for the registrant. */
    public record Confirmed(boolean youth) implements Admitted {

        @Override
        public RegistrationStatus status() {
            return RegistrationStatus.CONFIRMED;
        }
    }

    /** No seat the registrant may take: the end of the waiting list. */
    public record Waitlisted(boolean youth) implements Admitted {

        @Override
        public RegistrationStatus status() {
            return RegistrationStatus.WAITLISTED;
        }
    }

    /** The claims given up; {@code promoted}, the waitlisted registrations confirmed in turn, first first. */
    public record Released(List<UUID> promoted) implements Release {
    }

    /** The capacity changed; the seats taken fit. */
    public record CapacityChanged() implements CapacityChange {
    }

    /** Nothing changes, for {@code refusal}. */
    public record Declined(Refusal refusal) implements Admission, Release, CapacityChange {
    }

    /** Only published meetings take registrations. */
    public static Refusal notPublished(MeetingStatus status) {
        return new Refusal.Conflict("registration-closed", "Registration closed",
                "The event is " + status + "; only published events take registrations.", Map.of());
    }

    /** Registration is open from {@code opensAt} until (not including) {@code closesAt}. */
    public static Refusal outsideWindow(Instant opensAt, Instant closesAt) {
        return new Refusal.Conflict("registration-closed", "Registration closed",
                "Registration is open from " + opensAt + " to " + closesAt + ".", Map.of());
    }

    /** The person's membership of their organisation ended before today. */
    public static Refusal membershipEnded(LocalDate endDate) {
        return new Refusal.Invalid("representativeId", "this membership ended on " + endDate);
    }

    /** The person holds a live registration for the meeting already. */
    public static Refusal alreadyRegistered() {
        return new Refusal.Conflict("This person is already registered for the event.");
    }

    /** The organisation holds as many live registrations as it may. */
    public static Refusal organizationLimitReached(int limit) {
        return new Refusal.Conflict("organization-limit", "Organisation limit reached",
                "An organisation may register at most " + limit + " people for this event.", Map.of());
    }

    /** Only a confirmed or waitlisted registration is cancelled. */
    public static Refusal notActive(RegistrationStatus status) {
        return new Refusal.Conflict("A " + status.code() + " registration cannot be cancelled.");
    }

    /** A capacity below the seats taken would overbook the meeting. */
    public static Refusal belowConfirmed(int confirmed) {
        return new Refusal.Invalid("capacity", "is below the " + confirmed + " confirmed registrations");
    }

    private Settings settings;
    private int confirmed;
    private int confirmedNonYouth;
    private final List<Waiting<UUID>> waitingList;

    /**
     * @param confirmed         the seats taken (confirmed or attended)
     * @param confirmedNonYouth of them, those taken by people outside the youth share
     * @param waitingList       the waitlisted registrations, first come first
     */
    public EventSeats(Settings settings, int confirmed, int confirmedNonYouth, List<Waiting<UUID>> waitingList) {
        this.settings = settings;
        this.confirmed = confirmed;
        this.confirmedNonYouth = confirmedNonYouth;
        this.waitingList = new ArrayList<>(waitingList);
    }

    /** The seats as they are taken now. */
    public Seats seats() {
        return new Seats(settings.capacity(), settings.youthSharePercent(), confirmed, confirmedNonYouth);
    }

    /** The waiting list, first come first. */
    public List<Waiting<UUID>> waitingList() {
        return List.copyOf(waitingList);
    }

    /**
     * Registers {@code applicant} as {@code registrationId} at {@code now} ({@code today} where the membership is
     * dated): refused while the meeting takes no registrations, when the person may not register or their
     * organisation has reached its limit; otherwise confirmed if a seat is free for them, waitlisted if not.
     */
    public Admission register(UUID registrationId, Applicant applicant, Instant now, LocalDate today) {
        Optional<Refusal> refusal = refusal(applicant, now, today);
        if (refusal.isPresent()) {
            return new Declined(refusal.get());
        }
        boolean youth = YouthAge.isYouthOn(applicant.dateOfBirth(), settings.firstDay());
        if (seats().hasSeatFor(youth)) {
            take(youth);
            return new Confirmed(youth);
        }
        waitingList.add(new Waiting<>(registrationId, youth));
        return new Waitlisted(youth);
    }

    private Optional<Refusal> refusal(Applicant applicant, Instant now, LocalDate today) {
        if (settings.status() != MeetingStatus.PUBLISHED) {
            return Optional.of(notPublished(settings.status()));
        }
        if (now.isBefore(settings.registrationOpensAt()) || !now.isBefore(settings.registrationClosesAt())) {
            return Optional.of(outsideWindow(settings.registrationOpensAt(), settings.registrationClosesAt()));
        }
        if (applicant.membershipEndDate() != null && applicant.membershipEndDate().isBefore(today)) {
            return Optional.of(membershipEnded(applicant.membershipEndDate()));
        }
        if (applicant.alreadyRegistered()) {
            return Optional.of(alreadyRegistered());
        }
        if (applicant.registeredByOrganization() >= settings.perOrganizationLimit()) {
            return Optional.of(organizationLimitReached(settings.perOrganizationLimit()));
        }
        return Optional.empty();
    }

    /** Cancels one registration; see {@link #cancel(List)}. */
    public Release cancel(Claim claim) {
        return cancel(List.of(claim));
    }

    /**
     * Cancels registrations, refused (for all of them) unless each is confirmed or waitlisted; the seats they free go
     * to the waiting list, by {@link #promote()}.
     */
    public Release cancel(List<Claim> claims) {
        for (Claim claim : claims) {
            if (!RegistrationStatus.ACTIVE.contains(claim.status())) {
                return new Declined(notActive(claim.status()));
            }
        }
        for (Claim claim : claims) {
            if (claim.status().holdsASeat()) {
                confirmed--;
                if (!claim.youth()) {
                    confirmedNonYouth--;
                }
            } else {
                waitingList.removeIf(w -> w.id().equals(claim.registrationId()));
            }
        }
        return new Released(promote());
    }

    /**
     * Confirms, in turn, the first on the waiting list who may take a free seat, until nobody may; returns them in
     * the order they were confirmed.
     */
    public List<UUID> promote() {
        List<UUID> promoted = new ArrayList<>();
        for (var next = SeatPolicy.nextToPromote(waitingList, seats()); next.isPresent();
                next = SeatPolicy.nextToPromote(waitingList, seats())) {
            take(next.get().youth());
            waitingList.remove(next.get());
            promoted.add(next.get().id());
        }
        return promoted;
    }

    /**
     * Changes the capacity and the youth share, refused when fewer seats than are taken. The seats a larger capacity
     * frees stay free until the next cancellation promotes from the waiting list, as they always have.
     */
    public CapacityChange changeCapacity(int capacity, int youthSharePercent) {
        if (capacity < confirmed) {
            return new Declined(belowConfirmed(confirmed));
        }
        settings = new Settings(settings.status(), settings.registrationOpensAt(), settings.registrationClosesAt(),
                settings.firstDay(), capacity, youthSharePercent, settings.perOrganizationLimit());
        return new CapacityChanged();
    }

    private void take(boolean youth) {
        confirmed++;
        if (!youth) {
            confirmedNonYouth++;
        }
    }
}
