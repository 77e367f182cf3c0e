package org.civicspace.events.meeting.application;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.events.meeting.domain.MeetingKind;
import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.events.meeting.domain.UnLanguage;
import org.civicspace.events.meeting.domain.VenueMode;

/**
 * A meeting as the caller may see it: local and UTC times, its seats as they are taken, the lead organisation only
 * for staff and that organisation, and its programme with the speakers the caller may be told.
 */
public record Meeting(UUID id, MeetingKind kind, Map<String, String> titles, Map<String, String> descriptions,
        LocalDateTime startsAt, LocalDateTime endsAt, String timeZone, Instant startsAtUtc, Instant endsAtUtc,
        VenueMode venueMode, String venue, String onlineUrl, List<UnLanguage> interpretationLanguages,
        String accessibilityNotes, MeetingStatus status, List<MeetingStatus> allowedNextStatuses, int capacity,
        int youthSeats, int confirmed, int waitlisted, Instant registrationOpensAt, Instant registrationClosesAt,
        int perOrganizationLimit, int youthSharePercent, boolean invitationOnly, UUID leadOrganizationId,
        String cancellationReason, List<Session> sessions) {

    /** A session of a conference's programme, at local times; {@code speakers} are the names the caller is told. */
    public record Session(UUID id, String title, LocalDateTime startsAt, LocalDateTime endsAt, String room,
            List<String> speakers) {
    }
}
