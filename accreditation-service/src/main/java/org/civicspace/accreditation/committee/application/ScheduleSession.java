package org.civicspace.accreditation.committee.application;

import java.time.LocalDate;
import java.util.List;

import org.civicspace.accreditation.accreditations.domain.Track;

/** Schedule a sitting of a track's committee, with the member States on it (ISO 3166-1 alpha-2). */
public record ScheduleSession(Track track, String name, LocalDate startsOn, LocalDate endsOn,
        List<String> memberStates) {
}
