package org.civicspace.events.meeting.application;

import java.time.LocalDateTime;
import java.util.List;

import org.civicspace.events.meeting.domain.Speaker;

/** A session to add to a conference's programme, at local times of the conference's time zone. */
public record NewSession(String title, LocalDateTime startsAt, LocalDateTime endsAt, String room,
        List<Speaker> speakers) {
}
