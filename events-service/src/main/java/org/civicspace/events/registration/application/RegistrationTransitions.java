package org.civicspace.events.registration.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.events.registration.domain.RegistrationStatus;
import org.civicspace.events.registration.messaging.RegistrationMessages;
import org.civicspace.events.registration.messaging.RegistrationPublisher;
import org.civicspace.events.registration.persistence.RegistrationEntity;

/** Moves stored registrations to a new status, each with the event that tells of it, in the caller's transaction. */
@ApplicationScoped
class RegistrationTransitions {

    private final RegistrationPublisher publisher;

    RegistrationTransitions(RegistrationPublisher publisher) {
        this.publisher = publisher;
    }

    void cancel(RegistrationEntity registration, String reason) {
        change(registration, RegistrationStatus.CANCELLED);
        registration.cancellationReason = reason;
        RegistrationEntity.getEntityManager().flush();
        publisher.publish(RegistrationMessages.CANCELLED, registration, reason);
    }

    /** Confirms the registrations {@link org.civicspace.events.registration.domain.EventSeats} promoted, in order. */
    void promote(List<UUID> promoted) {
        for (UUID id : promoted) {
            RegistrationEntity registration = RegistrationEntity.findById(id);
            change(registration, RegistrationStatus.CONFIRMED);
            RegistrationEntity.getEntityManager().flush();
            publisher.publish(RegistrationMessages.PROMOTED, registration, null);
        }
    }

    void attend(RegistrationEntity registration) {
        change(registration, RegistrationStatus.ATTENDED);
        publisher.publish(RegistrationMessages.ATTENDANCE_RECORDED, registration, null);
    }

    /** No event: a no-show is only recorded. */
    void noShow(RegistrationEntity registration) {
        change(registration, RegistrationStatus.NO_SHOW);
    }

    private static void change(RegistrationEntity registration, RegistrationStatus status) {
        registration.status = status;
        registration.statusChangedAt = Instant.now();
    }
}
