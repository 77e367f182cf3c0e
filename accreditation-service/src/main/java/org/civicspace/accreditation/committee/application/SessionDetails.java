package org.civicspace.accreditation.committee.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.civicspace.accreditation.accreditations.domain.Track;

/** A committee session: its track, dates and the member States on the committee. */
public record SessionDetails(UUID id, Track track, String name, LocalDate startsOn, LocalDate endsOn,
        List<String> memberStates) {
}
