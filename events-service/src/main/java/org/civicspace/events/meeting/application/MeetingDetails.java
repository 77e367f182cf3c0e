package org.civicspace.events.meeting.application;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.civicspace.events.meeting.domain.MeetingKind;
import org.civicspace.events.meeting.domain.UnLanguage;
import org.civicspace.events.meeting.domain.VenueMode;

/**
 * What staff (or the leading CSO, for its draft) set on a meeting: local times in {@code timeZone}; a null
 * registration window, organisation limit, youth share or invitation flag takes its default (or, for the leading CSO,
 * stays as it is).
 */
public record MeetingDetails(MeetingKind kind, Map<String, String> titles, Map<String, String> descriptions,
        LocalDateTime startsAt, LocalDateTime endsAt, String timeZone, VenueMode venueMode, String venue,
        String onlineUrl, List<UnLanguage> interpretationLanguages, String accessibilityNotes, Integer capacity,
        Instant registrationOpensAt, Instant registrationClosesAt, Integer perOrganizationLimit,
        Integer youthSharePercent, Boolean invitationOnly) {
}
