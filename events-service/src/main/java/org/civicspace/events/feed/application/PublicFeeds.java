package org.civicspace.events.feed.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.events.meeting.application.ReadingMeetings;
import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.platform.web.feeds.Feed;

/** Calendars and feeds of published meetings: public facts only, never participants. */
@ApplicationScoped
public class PublicFeeds {

    private static final int ENTRIES = 100;
    private static final String SELF = "/api/v1/events/feeds/upcoming";

    private final ReadingMeetings meetings;

    public PublicFeeds(ReadingMeetings meetings) {
        this.meetings = meetings;
    }

    @Transactional
    public String upcomingCalendar() {
        return ICalendar.of(meetings.upcoming(ENTRIES), "Civic Space: UN civil society events");
    }

    @Transactional
    public String eventCalendar(UUID id) {
        MeetingEntity event = meetings.announced(id);
        return ICalendar.of(List.of(event), event.title());
    }

    @Transactional
    public Feed upcoming() {
        return new Feed("urn:civicspace:events:feeds:upcoming", "Civic Space: upcoming events", "Civic Space events",
                SELF, meetings.upcoming(ENTRIES).stream().map(e -> new Feed.Entry(
                        "urn:civicspace:events:event:" + e.id + ":" + e.version, e.title(),
                        e.title() + ", " + e.startsAt + " (" + e.timeZone + "), "
                                + (e.venue != null ? e.venue : "online"),
                        "/api/v1/events/events/" + e.id, e.updatedAt, List.of(e.kind.code(), e.venueMode.code())))
                        .toList());
    }
}
