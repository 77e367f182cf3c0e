package org.civicspace.accreditation.accreditations.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.accreditation.accreditations.domain.AccreditationStatus;
import org.civicspace.accreditation.accreditations.messaging.AccreditationEvents;
import org.civicspace.accreditation.accreditations.persistence.AccreditationEntity;
import org.civicspace.accreditation.groundspass.application.Designations;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.security.Caller;

/**
 * Suspension, reinstatement and withdrawal of an accreditation, along the transitions {@code AccreditationStatus}
 * allows. A suspension or withdrawal revokes every grounds pass of the accreditation.
 */
@ApplicationScoped
public class AccreditationLifecycle {

    private final Caller caller;
    private final Accreditations accreditations;
    private final Designations designations;

    public AccreditationLifecycle(Caller caller, Accreditations accreditations, Designations designations) {
        this.caller = caller;
        this.accreditations = accreditations;
        this.designations = designations;
    }

    @Transactional
    public AccreditationDetails suspend(UUID id, String reason) {
        accreditations.requireStaff();
        return suspend(Accreditations.find(id), reason);
    }

    @Transactional
    public AccreditationDetails reinstate(UUID id, String reason) {
        accreditations.requireStaff();
        AccreditationEntity accreditation = Accreditations.find(id);
        requireMayMove(accreditation, AccreditationStatus.ACTIVE);
        accreditation.status = AccreditationStatus.ACTIVE;
        accreditation.statusReason = reason;
        accreditation.updatedAt = Instant.now();
        accreditations.publish(AccreditationEvents.REINSTATED, accreditation, accreditation.grantedOn,
                accreditation.updatedAt);
        return Accreditations.details(accreditation);
    }

    /** Staff withdraw an accreditation; an organisation may withdraw its own. */
    @Transactional
    public AccreditationDetails withdraw(UUID id, String reason) {
        AccreditationEntity accreditation = Accreditations.find(id);
        caller.requireActingFor(accreditation.organizationId);
        requireMayMove(accreditation, AccreditationStatus.WITHDRAWN);
        accreditation.status = AccreditationStatus.WITHDRAWN;
        accreditation.statusReason = reason;
        accreditation.updatedAt = Instant.now();
        designations.revokeAll(accreditation, "accreditation withdrawn");
        accreditations.publish(AccreditationEvents.WITHDRAWN, accreditation, LocalDate.now(),
                accreditation.updatedAt);
        return Accreditations.details(accreditation);
    }

    /** Suspends in the caller's transaction: staff's decision, or a quadrennial report overdue. */
    AccreditationDetails suspend(AccreditationEntity accreditation, String reason) {
        requireMayMove(accreditation, AccreditationStatus.SUSPENDED);
        accreditation.status = AccreditationStatus.SUSPENDED;
        accreditation.statusReason = reason;
        accreditation.updatedAt = Instant.now();
        designations.revokeAll(accreditation, "accreditation suspended");
        accreditations.publish(AccreditationEvents.SUSPENDED, accreditation, accreditation.grantedOn,
                accreditation.updatedAt);
        return Accreditations.details(accreditation);
    }

    private static void requireMayMove(AccreditationEntity accreditation, AccreditationStatus target) {
        if (!accreditation.status.mayMoveTo(target)) {
            throw Refused.illegalTransition(accreditation.status, target,
                    accreditation.status.allowedNext());
        }
    }
}
