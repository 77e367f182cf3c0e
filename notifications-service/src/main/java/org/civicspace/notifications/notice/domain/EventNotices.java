package org.civicspace.notifications.notice.domain;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who hears what of registrations and proposals: the registering organisation hears where its registration stands
 * (confirmed, on the waiting list, promoted off it, cancelled); the proposing organisation hears that its proposal
 * was accepted. The events carry the registrant only as a representative id (never an address), so the organisation
 * is told, and tells its representative.
 */
public final class EventNotices {

    /** What happened to a registration, as its producer names it. */
    public enum RegistrationFact { CONFIRMED, WAITLISTED, PROMOTED, CANCELLED, ATTENDANCE_RECORDED }

    private EventNotices() {
    }

    public static Optional<Notice> onRegistration(RegistrationFact fact, UUID registrationId, UUID eventId,
            UUID organizationId) {
        NoticeKind kind = switch (fact) {
            case CONFIRMED -> NoticeKind.REGISTRATION_CONFIRMED;
            case WAITLISTED -> NoticeKind.REGISTRATION_WAITLISTED;
            case PROMOTED -> NoticeKind.REGISTRATION_PROMOTED;
            case CANCELLED -> NoticeKind.REGISTRATION_CANCELLED;
            // recorded at the door, after the event: nothing to act on
            case ATTENDANCE_RECORDED -> null;
        };
        return Optional.ofNullable(kind).map(k -> new Notice(k, new Audience.Organization(organizationId),
                registrationId, Map.of("registrationId", registrationId, "eventId", eventId),
                "/api/v1/events/events/" + eventId));
    }

    public static Notice onProposalAccepted(UUID proposalId, UUID organizationId, UUID eventId) {
        return new Notice(NoticeKind.PROPOSAL_ACCEPTED, new Audience.Organization(organizationId), proposalId,
                Map.of("proposalId", proposalId, "eventId", eventId), "/api/v1/events/proposals/" + proposalId);
    }
}
