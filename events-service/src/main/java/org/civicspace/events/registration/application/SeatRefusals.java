package org.civicspace.events.registration.application;

import org.civicspace.events.registration.domain.EventSeats.AlreadyRegistered;
import org.civicspace.events.registration.domain.EventSeats.BelowConfirmed;
import org.civicspace.events.registration.domain.EventSeats.MembershipEnded;
import org.civicspace.events.registration.domain.EventSeats.NotActive;
import org.civicspace.events.registration.domain.EventSeats.NotPublished;
import org.civicspace.events.registration.domain.EventSeats.OrganizationLimitReached;
import org.civicspace.events.registration.domain.EventSeats.OutsideWindow;
import org.civicspace.events.registration.domain.EventSeats.Refusal;
import org.civicspace.platform.web.problem.ProblemException;

/** The problem each refusal of {@link org.civicspace.events.registration.domain.EventSeats} answers with. */
public final class SeatRefusals {

    private SeatRefusals() {
    }

    public static ProblemException problem(Refusal refusal) {
        if (refusal instanceof NotPublished r) {
            return new ProblemException(409, "registration-closed", "Registration closed",
                    "The event is " + r.status() + "; only published events take registrations.");
        }
        if (refusal instanceof OutsideWindow r) {
            return new ProblemException(409, "registration-closed", "Registration closed",
                    "Registration is open from " + r.opensAt() + " to " + r.closesAt() + ".");
        }
        if (refusal instanceof MembershipEnded r) {
            return ProblemException.invalid("representativeId", "this membership ended on " + r.endDate());
        }
        if (refusal instanceof AlreadyRegistered) {
            return ProblemException.conflict("This person is already registered for the event.");
        }
        if (refusal instanceof OrganizationLimitReached r) {
            return new ProblemException(409, "organization-limit", "Organisation limit reached",
                    "An organisation may register at most " + r.limit() + " people for this event.");
        }
        if (refusal instanceof NotActive r) {
            return ProblemException.conflict("A " + r.status().code() + " registration cannot be cancelled.");
        }
        if (refusal instanceof BelowConfirmed r) {
            return ProblemException.invalid("capacity", "is below the " + r.confirmed() + " confirmed registrations");
        }
        throw new IllegalArgumentException("no problem for " + refusal);
    }
}
