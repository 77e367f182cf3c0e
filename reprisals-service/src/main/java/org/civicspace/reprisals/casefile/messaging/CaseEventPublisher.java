package org.civicspace.reprisals.casefile.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.platform.messaging.EventType;
import org.civicspace.platform.messaging.outbox.Outbox;
import org.civicspace.reprisals.casefile.domain.CaseEvent;

/** Maps domain events to their wire form and appends them to the outbox, in the caller's transaction. */
@ApplicationScoped
public class CaseEventPublisher {

    private final Outbox outbox;

    public CaseEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(CaseEvent event) {
        Object data = event instanceof CaseEvent.FirstResponseOverdue overdue
                ? ReprisalEvents.FirstResponseOverdueData.of(overdue.facts(), overdue.assignedOfficers())
                : ReprisalEvents.CaseEventData.of(event.facts());
        outbox.append(typeOf(event), event.aggregateId(), data, event.eventId(), event.occurredAt());
    }

    private static EventType typeOf(CaseEvent event) {
        if (event instanceof CaseEvent.CaseReported) {
            return ReprisalEvents.CASE_REPORTED;
        } else if (event instanceof CaseEvent.CaseStatusChanged) {
            return ReprisalEvents.CASE_STATUS_CHANGED;
        } else if (event instanceof CaseEvent.RiskAssessed) {
            return ReprisalEvents.CASE_RISK_ASSESSED;
        }
        return ReprisalEvents.FIRST_RESPONSE_OVERDUE;
    }

    /** Flags a person or organisation of the registry as under protection; the key is the registry id too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishProtectionFlag(UUID registryId) {
        outbox.append(ReprisalEvents.PROTECTION_FLAGGED, registryId, new ReprisalEvents.ProtectionFlagData(registryId));
    }

    /** Lifts the flag of a registry id: the person or organisation is no longer to be treated as under protection. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishProtectionLift(UUID registryId) {
        outbox.append(ReprisalEvents.PROTECTION_LIFTED, registryId, new ReprisalEvents.ProtectionFlagData(registryId));
    }
}
