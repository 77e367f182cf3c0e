package org.civicspace.events.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.events.registration.domain.EventSeats.Applicant;
import org.civicspace.events.registration.domain.EventSeats.CapacityChanged;
import org.civicspace.events.registration.domain.EventSeats.Claim;
import org.civicspace.events.registration.domain.EventSeats.Confirmed;
import org.civicspace.events.registration.domain.EventSeats.Declined;
import org.civicspace.events.registration.domain.EventSeats.Released;
import org.civicspace.events.registration.domain.EventSeats.Settings;
import org.civicspace.events.registration.domain.EventSeats.Waitlisted;
import org.civicspace.events.registration.domain.SeatPolicy.Waiting;
import org.junit.jupiter.api.Test;

/** Who gets a seat of a meeting, who waits, who is refused, and who is promoted when a seat frees. */
class EventSeatsTest {

    static final Instant OPENS = Instant.parse("2027-02-01T00:00:00Z");
    static final Instant NOW = Instant.parse("2027-02-15T12:00:00Z");
    static final Instant CLOSES = Instant.parse("2027-03-10T14:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2027, 2, 15);
    static final LocalDate FIRST_DAY = LocalDate.of(2027, 3, 10);

    /** Aged 25 on the first day. */
    static final Applicant YOUTH = new Applicant(LocalDate.of(2002, 1, 1), null, false, 0);
    /** Aged 47 on the first day. */
    static final Applicant ADULT = new Applicant(LocalDate.of(1980, 1, 1), null, false, 0);

    static Settings published(int capacity, int youthSharePercent) {
        return new Settings(MeetingStatus.PUBLISHED, OPENS, CLOSES, FIRST_DAY, capacity, youthSharePercent, 5);
    }

    static EventSeats empty(int capacity, int youthSharePercent) {
        return new EventSeats(published(capacity, youthSharePercent), 0, 0, List.of());
    }

    static EventSeats.Admission register(EventSeats seats, Applicant applicant) {
        return seats.register(UUID.randomUUID(), applicant, NOW, TODAY);
    }

    @Test
    void confirmsWhileASeatIsFreeThenWaitlistsFirstComeFirstServed() {
        EventSeats seats = empty(2, 0);

        assertThat(register(seats, ADULT)).isEqualTo(new Confirmed(false));
        assertThat(register(seats, ADULT)).isEqualTo(new Confirmed(false));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        assertThat(seats.register(first, ADULT, NOW, TODAY)).isEqualTo(new Waitlisted(false));
        assertThat(seats.register(second, YOUTH, NOW, TODAY)).isEqualTo(new Waitlisted(true));

        assertThat(seats.seats().confirmed()).isEqualTo(2);
        assertThat(seats.waitingList()).extracting(Waiting::id).containsExactly(first, second);
    }

    @Test
    void keepsTheYouthShareForYouthAndLetsYouthTakeAnySeat() {
        EventSeats seats = empty(4, 50);

        assertThat(register(seats, ADULT)).isInstanceOf(Confirmed.class);
        assertThat(register(seats, ADULT)).isInstanceOf(Confirmed.class);
        assertThat(register(seats, ADULT)).isEqualTo(new Waitlisted(false));
        assertThat(register(seats, YOUTH)).isEqualTo(new Confirmed(true));
        assertThat(register(seats, YOUTH)).isEqualTo(new Confirmed(true));
        assertThat(register(seats, YOUTH)).isEqualTo(new Waitlisted(true));
    }

    @Test
    void neverConfirmsMoreThanTheCapacity() {
        EventSeats seats = empty(5, 40);
        for (int i = 0; i < 30; i++) {
            register(seats, i % 3 == 0 ? YOUTH : ADULT);
        }

        assertThat(seats.seats().confirmed()).isEqualTo(5);
        assertThat(seats.waitingList()).hasSize(25);
    }

    @Test
    void refusesRegistrationsUnlessTheMeetingIsPublished() {
        EventSeats draft = new EventSeats(new Settings(MeetingStatus.DRAFT, OPENS, CLOSES, FIRST_DAY, 10, 0, 5), 0, 0,
                List.of());

        assertThat(register(draft, ADULT)).isEqualTo(new Declined(EventSeats.notPublished(MeetingStatus.DRAFT)));
    }

    @Test
    void takesRegistrationsFromTheOpeningOfTheWindowUntilItCloses() {
        EventSeats seats = empty(10, 0);

        assertThat(seats.register(UUID.randomUUID(), ADULT, OPENS.minusSeconds(1), TODAY))
                .isEqualTo(new Declined(EventSeats.outsideWindow(OPENS, CLOSES)));
        assertThat(seats.register(UUID.randomUUID(), ADULT, OPENS, TODAY)).isInstanceOf(Confirmed.class);
        assertThat(seats.register(UUID.randomUUID(), ADULT, CLOSES.minusSeconds(1), TODAY))
                .isInstanceOf(Confirmed.class);
        assertThat(seats.register(UUID.randomUUID(), ADULT, CLOSES, TODAY))
                .isEqualTo(new Declined(EventSeats.outsideWindow(OPENS, CLOSES)));
    }

    @Test
    void refusesAPersonWhoseMembershipEndedBeforeToday() {
        EventSeats seats = empty(10, 0);

        assertThat(register(seats, new Applicant(null, TODAY.minusDays(1), false, 0)))
                .isEqualTo(new Declined(EventSeats.membershipEnded(TODAY.minusDays(1))));
        assertThat(register(seats, new Applicant(null, TODAY, false, 0))).isInstanceOf(Confirmed.class);
    }

    @Test
    void refusesThePersonTwiceAndTheOrganisationBeyondItsLimit() {
        EventSeats seats = empty(10, 0);

        assertThat(register(seats, new Applicant(null, null, true, 1)))
                .isEqualTo(new Declined(EventSeats.alreadyRegistered()));
        assertThat(register(seats, new Applicant(null, null, false, 4))).isInstanceOf(Confirmed.class);
        assertThat(register(seats, new Applicant(null, null, false, 5)))
                .isEqualTo(new Declined(EventSeats.organizationLimitReached(5)));
    }

    @Test
    void refusesForTheFirstRuleBrokenInTheOrderTheApiAlwaysChecked() {
        Applicant everythingWrong = new Applicant(null, TODAY.minusDays(1), true, 5);
        EventSeats seats = empty(10, 0);

        assertThat(seats.register(UUID.randomUUID(), everythingWrong, CLOSES, TODAY))
                .isEqualTo(new Declined(EventSeats.outsideWindow(OPENS, CLOSES)));
        assertThat(register(seats, everythingWrong)).isEqualTo(new Declined(EventSeats.membershipEnded(TODAY.minusDays(1))));
        assertThat(register(seats, new Applicant(null, null, true, 5))).isEqualTo(new Declined(EventSeats.alreadyRegistered()));
        assertThat(seats.seats().confirmed()).isZero();
    }

    @Test
    void promotesTheFirstWaitlistedWhenASeatFrees() {
        UUID leaving = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        EventSeats seats = new EventSeats(published(2, 0), 2, 2,
                List.of(new Waiting<>(first, false), new Waiting<>(second, false)));

        assertThat(seats.cancel(new Claim(leaving, RegistrationStatus.CONFIRMED, false)))
                .isEqualTo(new Released(List.of(first)));
        assertThat(seats.waitingList()).extracting(Waiting::id).containsExactly(second);
        assertThat(seats.seats().confirmed()).isEqualTo(2);
    }

    @Test
    void givesAFreedYouthSeatToTheFirstYouthOnTheListPassingOverAdultsBeforeThem() {
        UUID adult = UUID.randomUUID();
        UUID youth = UUID.randomUUID();
        EventSeats seats = new EventSeats(published(4, 50), 4, 2,
                List.of(new Waiting<>(adult, false), new Waiting<>(youth, true)));

        assertThat(seats.cancel(new Claim(UUID.randomUUID(), RegistrationStatus.CONFIRMED, true)))
                .isEqualTo(new Released(List.of(youth)));
        assertThat(seats.waitingList()).extracting(Waiting::id).containsExactly(adult);
    }

    @Test
    void cancellingAPlaceOnTheWaitingListFreesNoSeat() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        EventSeats seats = new EventSeats(published(2, 0), 2, 2,
                List.of(new Waiting<>(first, false), new Waiting<>(second, false)));

        assertThat(seats.cancel(new Claim(first, RegistrationStatus.WAITLISTED, false)))
                .isEqualTo(new Released(List.of()));
        assertThat(seats.waitingList()).extracting(Waiting::id).containsExactly(second);
    }

    @Test
    void refusesToCancelARegistrationThatIsNoLongerActiveAndChangesNothing() {
        UUID waiting = UUID.randomUUID();
        EventSeats seats = new EventSeats(published(2, 0), 2, 2, List.of(new Waiting<>(waiting, false)));

        for (RegistrationStatus status : List.of(RegistrationStatus.CANCELLED, RegistrationStatus.ATTENDED,
                RegistrationStatus.NO_SHOW)) {
            assertThat(seats.cancel(new Claim(UUID.randomUUID(), status, false)))
                    .isEqualTo(new Declined(EventSeats.notActive(status)));
        }
        assertThat(seats.seats().confirmed()).isEqualTo(2);
        assertThat(seats.waitingList()).extracting(Waiting::id).containsExactly(waiting);
    }

    @Test
    void cancelsAWithdrawnOrganisationsRegistrationsBeforePromotingFromTheList() {
        List<UUID> waiting = new ArrayList<>();
        List<Waiting<UUID>> list = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            waiting.add(UUID.randomUUID());
            list.add(new Waiting<>(waiting.get(i), false));
        }
        EventSeats seats = new EventSeats(published(3, 0), 3, 3, list);

        var released = seats.cancel(List.of(new Claim(UUID.randomUUID(), RegistrationStatus.CONFIRMED, false),
                new Claim(UUID.randomUUID(), RegistrationStatus.CONFIRMED, false),
                new Claim(waiting.get(0), RegistrationStatus.WAITLISTED, false)));

        assertThat(released).isEqualTo(new Released(List.of(waiting.get(1), waiting.get(2))));
        assertThat(seats.waitingList()).isEmpty();
    }

    @Test
    void refusesACapacityBelowTheSeatsTaken() {
        EventSeats seats = new EventSeats(published(10, 0), 6, 6, List.of());

        assertThat(seats.changeCapacity(5, 0)).isEqualTo(new Declined(EventSeats.belowConfirmed(6)));
        assertThat(seats.changeCapacity(6, 0)).isEqualTo(new CapacityChanged());
        assertThat(seats.seats().capacity()).isEqualTo(6);
    }

    @Test
    void leavesTheSeatsALargerCapacityAddsToTheNextCancellation() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        EventSeats seats = new EventSeats(published(1, 0), 1, 1,
                List.of(new Waiting<>(first, false), new Waiting<>(second, false)));

        assertThat(seats.changeCapacity(2, 0)).isEqualTo(new CapacityChanged());
        assertThat(seats.waitingList()).hasSize(2);

        assertThat(seats.cancel(new Claim(UUID.randomUUID(), RegistrationStatus.CONFIRMED, false)))
                .isEqualTo(new Released(List.of(first, second)));
    }
}
