package org.civicspace.events.registration.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.events.registration.domain.RegistrationStatus;
import org.civicspace.events.registration.persistence.RegistrationEntity;

/** What becomes of a meeting's registrations when the meeting is cancelled or completed, in that transaction. */
@ApplicationScoped
public class ClosingRegistrations {

    private final RegistrationTransitions transitions;

    ClosingRegistrations(RegistrationTransitions transitions) {
        this.transitions = transitions;
    }

    /** Cancels every active registration, each registrant told by an event; nobody is promoted. */
    public void meetingCancelled(MeetingEntity meeting, String reason) {
        RegistrationEntity.<RegistrationEntity>find("eventId = ?1 and status in ?2 order by sequence", meeting.id,
                RegistrationStatus.ACTIVE).list().forEach(r -> transitions.cancel(r, reason));
    }

    /** Marks the confirmed who never checked in as no-shows, and cancels the waiting list. */
    public void meetingCompleted(MeetingEntity meeting) {
        RegistrationEntity.<RegistrationEntity>find("eventId = ?1 and status = ?2", meeting.id,
                RegistrationStatus.CONFIRMED).list().forEach(transitions::noShow);
        RegistrationEntity.<RegistrationEntity>find("eventId = ?1 and status = ?2", meeting.id,
                RegistrationStatus.WAITLISTED).list().forEach(r -> transitions.cancel(r, "event completed"));
    }
}
