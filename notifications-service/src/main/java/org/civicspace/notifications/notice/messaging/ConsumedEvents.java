package org.civicspace.notifications.notice.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The other services' events this service reads, by type, and the parts of their data it uses (tolerant readers:
 * the other fields are ignored). Schemas: each producer's {@code src/main/resources/events/}.
 */
public final class ConsumedEvents {

    public static final String APPLICATIONS = "accreditation.applications";
    public static final String DESIGNATIONS = "accreditation.designations";
    public static final String REGISTRATIONS = "events.registrations";
    public static final String PROPOSALS = "events.proposals";
    public static final String CASES = "reprisals.cases";

    private static final String ACCREDITATION = "org.civicspace.accreditation.";
    public static final String APPLICATION_SUBMITTED = ACCREDITATION + "application.submitted.v1";
    public static final String APPLICATION_QUESTION_RAISED = ACCREDITATION + "application.question-raised.v1";
    public static final String APPLICATION_DEFERRED = ACCREDITATION + "application.deferred.v1";
    public static final String APPLICATION_REJECTED = ACCREDITATION + "application.rejected.v1";
    public static final String APPLICATION_WITHDRAWN = ACCREDITATION + "application.withdrawn.v1";
    public static final String DESIGNATION_ISSUED = ACCREDITATION + "designation.issued.v1";
    public static final String DESIGNATION_REVOKED = ACCREDITATION + "designation.revoked.v1";

    private static final String EVENTS = "org.civicspace.events.";
    public static final String REGISTRATION_CONFIRMED = EVENTS + "registration.confirmed.v1";
    public static final String REGISTRATION_WAITLISTED = EVENTS + "registration.waitlisted.v1";
    public static final String REGISTRATION_PROMOTED = EVENTS + "registration.promoted.v1";
    public static final String REGISTRATION_CANCELLED = EVENTS + "registration.cancelled.v1";
    public static final String REGISTRATION_ATTENDANCE_RECORDED = EVENTS + "registration.attendance-recorded.v1";
    public static final String PROPOSAL_ACCEPTED = EVENTS + "proposal.accepted.v1";

    private static final String REPRISALS = "org.civicspace.reprisals.";
    public static final String CASE_REPORTED = REPRISALS + "case.reported.v1";
    public static final String CASE_RISK_ASSESSED = REPRISALS + "case.risk-assessed.v1";
    public static final String CASE_STATUS_CHANGED = REPRISALS + "case.status-changed.v1";
    public static final String CASE_FIRST_RESPONSE_OVERDUE = REPRISALS + "case.first-response-overdue.v1";

    private ConsumedEvents() {
    }

    /**
     * {@code org.civicspace.accreditation.application.*.v1}; {@code responseDue}, the day a committee question must be
     * answered by, only on question-raised, and absent from those published before it was added.
     */
    public record ApplicationChange(UUID applicationId, UUID organizationId, String track, Integer deferralCount,
            LocalDate responseDue, Instant occurredAt) {
    }

    /** {@code org.civicspace.accreditation.designation.issued.v1} and {@code ...revoked.v1}: a grounds pass. */
    public record Designation(UUID designationId, UUID organizationId, String track, Integer year,
            String dutyStation, String kind, LocalDate validFrom, LocalDate validTo, Instant occurredAt) {
    }

    /** {@code org.civicspace.events.registration.*.v1}; the registrant is a representative id, never an address. */
    public record Registration(UUID registrationId, UUID eventId, UUID organizationId, String status,
            Instant occurredAt) {
    }

    /** {@code org.civicspace.events.proposal.accepted.v1}. */
    public record ProposalAccepted(UUID proposalId, UUID organizationId, UUID eventId, Instant occurredAt) {
    }

    /**
     * {@code org.civicspace.reprisals.case.*.v1}: only the case id and, on first-response-overdue, the usernames of the
     * officers assigned to the case (staff, absent from events published before it was added) are read; the case's
     * other facts are never shown.
     */
    public record CaseFacts(UUID caseId, List<String> assignedOfficers) {

        public CaseFacts {
            assignedOfficers = assignedOfficers == null ? List.of() : assignedOfficers;
        }
    }
}
