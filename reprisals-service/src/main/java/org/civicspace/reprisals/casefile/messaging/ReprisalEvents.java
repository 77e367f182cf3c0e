package org.civicspace.reprisals.casefile.messaging;

import java.util.List;
import java.util.UUID;

import org.civicspace.platform.messaging.EventType;
import org.civicspace.reprisals.casefile.domain.CaseFacts;

/**
 * The events this service publishes, their topics, and their wire data: case facts or a registry id, never more; the
 * overdue alert also names the assigned officers (staff usernames).
 */
public final class ReprisalEvents {

    public static final String CASES_TOPIC = "reprisals.cases";
    /** Separate from the cases topic and keyed by registry id, so that a flag cannot be joined to a case. */
    public static final String PROTECTION_FLAGS_TOPIC = "reprisals.protection-flags";

    public static final EventType CASE_REPORTED = new EventType("org.civicspace.reprisals.case.reported.v1",
            CASES_TOPIC);
    public static final EventType CASE_STATUS_CHANGED = new EventType(
            "org.civicspace.reprisals.case.status-changed.v1", CASES_TOPIC);
    public static final EventType CASE_RISK_ASSESSED = new EventType("org.civicspace.reprisals.case.risk-assessed.v1",
            CASES_TOPIC);
    public static final EventType FIRST_RESPONSE_OVERDUE = new EventType(
            "org.civicspace.reprisals.case.first-response-overdue.v1", CASES_TOPIC);
    public static final EventType PROTECTION_FLAGGED = new EventType("org.civicspace.reprisals.protection.flagged.v1",
            PROTECTION_FLAGS_TOPIC);
    public static final EventType PROTECTION_LIFTED = new EventType("org.civicspace.reprisals.protection.lifted.v1",
            PROTECTION_FLAGS_TOPIC);

    private ReprisalEvents() {
    }

    /** The data of every case event: exactly the five facts that may leave the service, values by wire code. */
    public record CaseEventData(UUID caseId, String country, String actType, String riskLevel, String status) {

        static CaseEventData of(CaseFacts facts) {
            return new CaseEventData(facts.caseId(), facts.country(), facts.actType().code(),
                    facts.riskLevel() == null ? null : facts.riskLevel().code(), facts.status().code());
        }
    }

    /**
     * The data of the first-response-overdue alert: the five facts, and the usernames of the officers assigned to the
     * case, who are to be alerted. Staff identities, never the person concerned's.
     */
    public record FirstResponseOverdueData(UUID caseId, String country, String actType, String riskLevel,
            String status, List<String> assignedOfficers) {

        static FirstResponseOverdueData of(CaseFacts facts, List<String> assignedOfficers) {
            CaseEventData data = CaseEventData.of(facts);
            return new FirstResponseOverdueData(data.caseId(), data.country(), data.actType(), data.riskLevel(),
                    data.status(), List.copyOf(assignedOfficers));
        }
    }

    /** The data of a protection flag: the registry id of the person or organisation, alone. */
    public record ProtectionFlagData(UUID registryId) {
    }
}
