package org.civicspace.notifications.notice.application;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.notifications.notice.domain.AccreditationNotices;
import org.civicspace.notifications.notice.domain.AccreditationNotices.ApplicationFact;
import org.civicspace.notifications.notice.domain.CaseAlerts;
import org.civicspace.notifications.notice.domain.CaseAlerts.CaseFact;
import org.civicspace.notifications.notice.domain.EventNotices;
import org.civicspace.notifications.notice.domain.EventNotices.RegistrationFact;
import org.civicspace.notifications.notice.messaging.ConsumedEvents;
import org.civicspace.notifications.notice.messaging.ConsumedEvents.ApplicationChange;
import org.civicspace.notifications.notice.messaging.ConsumedEvents.CaseFacts;
import org.civicspace.notifications.notice.messaging.ConsumedEvents.Designation;
import org.civicspace.notifications.notice.messaging.ConsumedEvents.ProposalAccepted;
import org.civicspace.notifications.notice.messaging.ConsumedEvents.Registration;
import org.civicspace.platform.messaging.inbox.PoisonEventException;
import org.civicspace.platform.messaging.inbox.ReceivedEvent;

import io.quarkus.logging.Log;

/**
 * Turns the other services' events into notices, through the policies that say who hears what, each inside the
 * inbox's transaction: the notices an event gives are recorded with it, or not at all. An event the data of which
 * does not fit its type goes to the dead-letter topic and notifies nobody.
 */
@ApplicationScoped
public class Announcements {

    private final Notifier notifier;

    public Announcements(Notifier notifier) {
        this.notifier = notifier;
    }

    public void onApplicationEvent(ReceivedEvent event) {
        ApplicationFact fact = switch (event.type()) {
            case ConsumedEvents.APPLICATION_SUBMITTED -> ApplicationFact.SUBMITTED;
            case ConsumedEvents.APPLICATION_QUESTION_RAISED -> ApplicationFact.QUESTION_RAISED;
            case ConsumedEvents.APPLICATION_DEFERRED -> ApplicationFact.DEFERRED;
            case ConsumedEvents.APPLICATION_REJECTED -> ApplicationFact.REJECTED;
            case ConsumedEvents.APPLICATION_WITHDRAWN -> ApplicationFact.WITHDRAWN;
            default -> null;
        };
        if (fact == null) {
            ignore(event);
            return;
        }
        ApplicationChange change = event.dataAs(ApplicationChange.class);
        require(event, change.applicationId(), change.organizationId(), change.track(), change.deferralCount());
        AccreditationNotices.onApplication(fact, change.applicationId(), change.organizationId(), change.track(),
                change.deferralCount(), Optional.ofNullable(change.responseDue()))
                .ifPresent(notice -> notifier.notify(notice, event.id()));
    }

    public void onDesignationEvent(ReceivedEvent event) {
        boolean issued = ConsumedEvents.DESIGNATION_ISSUED.equals(event.type());
        if (!issued && !ConsumedEvents.DESIGNATION_REVOKED.equals(event.type())) {
            ignore(event);
            return;
        }
        Designation pass = event.dataAs(Designation.class);
        require(event, pass.designationId(), pass.organizationId(), pass.year(), pass.dutyStation(), pass.kind(),
                pass.validFrom(), pass.validTo());
        notifier.notify(AccreditationNotices.onGroundsPass(issued, pass.designationId(), pass.organizationId(),
                pass.year(), pass.dutyStation(), pass.kind(), pass.validFrom(), pass.validTo()), event.id());
    }

    public void onRegistrationEvent(ReceivedEvent event) {
        RegistrationFact fact = switch (event.type()) {
            case ConsumedEvents.REGISTRATION_CONFIRMED -> RegistrationFact.CONFIRMED;
            case ConsumedEvents.REGISTRATION_WAITLISTED -> RegistrationFact.WAITLISTED;
            case ConsumedEvents.REGISTRATION_PROMOTED -> RegistrationFact.PROMOTED;
            case ConsumedEvents.REGISTRATION_CANCELLED -> RegistrationFact.CANCELLED;
            case ConsumedEvents.REGISTRATION_ATTENDANCE_RECORDED -> RegistrationFact.ATTENDANCE_RECORDED;
            default -> null;
        };
        if (fact == null) {
            ignore(event);
            return;
        }
        Registration registration = event.dataAs(Registration.class);
        require(event, registration.registrationId(), registration.eventId(), registration.organizationId());
        EventNotices.onRegistration(fact, registration.registrationId(), registration.eventId(),
                registration.organizationId()).ifPresent(notice -> notifier.notify(notice, event.id()));
    }

    public void onProposalEvent(ReceivedEvent event) {
        if (!ConsumedEvents.PROPOSAL_ACCEPTED.equals(event.type())) {
            ignore(event);
            return;
        }
        ProposalAccepted proposal = event.dataAs(ProposalAccepted.class);
        require(event, proposal.proposalId(), proposal.organizationId(), proposal.eventId());
        notifier.notify(EventNotices.onProposalAccepted(proposal.proposalId(), proposal.organizationId(),
                proposal.eventId()), event.id());
    }

    public void onCaseEvent(ReceivedEvent event) {
        CaseFact fact = switch (event.type()) {
            case ConsumedEvents.CASE_REPORTED -> CaseFact.REPORTED;
            case ConsumedEvents.CASE_RISK_ASSESSED -> CaseFact.RISK_ASSESSED;
            case ConsumedEvents.CASE_STATUS_CHANGED -> CaseFact.STATUS_CHANGED;
            case ConsumedEvents.CASE_FIRST_RESPONSE_OVERDUE -> CaseFact.FIRST_RESPONSE_OVERDUE;
            default -> null;
        };
        if (fact == null) {
            ignore(event);
            return;
        }
        CaseFacts facts = event.dataAs(CaseFacts.class);
        require(event, facts.caseId());
        if (facts.assignedOfficers().stream().anyMatch(officer -> officer == null || officer.isBlank())) {
            throw new PoisonEventException(event.type() + " " + event.id() + " names an officer without a username");
        }
        CaseAlerts.onCase(fact, facts.caseId(), facts.assignedOfficers())
                .forEach(notice -> notifier.notify(notice, event.id()));
    }

    private static void require(ReceivedEvent event, Object... fields) {
        for (Object field : fields) {
            if (field == null) {
                throw new PoisonEventException(event.type() + " " + event.id() + " lacks a required field");
            }
        }
    }

    private static void ignore(ReceivedEvent event) {
        Log.debugf("no notice for event type %s (%s)", event.type(), event.id());
    }
}
